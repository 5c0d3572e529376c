package jp.omakase.company;

import java.util.List;

/**
 * What an import did. {@code completed} false means it stopped early: {@code resumeFromLine} says where to start
 * again (rows before it are committed; re-running the whole file is also safe, as the import is idempotent).
 *
 * @param lines      lines read (including skipped and rejected ones)
 * @param unchanged  rows identical to what the directory already holds, or deletions of absent numbers
 * @param history    past-state rows (最新履歴 0) and rows superseded by a later row of the same file
 * @param older      rows older than the stored state (a diff applied after a newer full file)
 * @param rejections the first rejected rows with their line numbers and reasons; {@code rejected} counts them all
 */
public record ImportReport(String source, boolean completed, long lines, long inserted, long updated, long unchanged,
                           long deleted, long history, long older, long rejected, List<Rejection> rejections,
                           Long resumeFromLine, String error, long millis, long rowsPerSecond) {

    public record Rejection(long line, String reason) {
    }
}
