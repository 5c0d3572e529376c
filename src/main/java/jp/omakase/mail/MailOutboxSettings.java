package jp.omakase.mail;

import org.keycloak.Config;

/**
 * The options of the mail outbox ({@code --spi-omakase-mail-outbox--omakase-jpa--…}), read once at start.
 *
 * @param retryInitial    seconds before the first retry of a mail the SMTP server refused; doubled per attempt
 * @param retryMax        the longest wait between two attempts of one mail
 * @param redriveInterval seconds between two runs of the re-drive task (due mails, expired mails)
 * @param expiry          seconds a mail without a link is kept trying before it is dropped
 */
public record MailOutboxSettings(int retryInitial, int retryMax, int redriveInterval, int expiry) {

    public static final int DEFAULT_RETRY_INITIAL = 30;
    public static final int DEFAULT_RETRY_MAX = 3_600;
    public static final int DEFAULT_REDRIVE_INTERVAL = 30;
    public static final int DEFAULT_EXPIRY = 3 * 24 * 3_600;

    public MailOutboxSettings {
        if (retryInitial < 1 || retryMax < retryInitial || redriveInterval < 1 || expiry < 60) {
            throw new IllegalArgumentException("omakase-mail-outbox: retry-initial-seconds and redrive-interval-seconds must be"
                    + " >= 1, retry-max-seconds >= retry-initial-seconds, expiry-seconds >= 60");
        }
    }

    public static MailOutboxSettings read(Config.Scope config) {
        return new MailOutboxSettings(
                config.getInt("retry-initial-seconds", DEFAULT_RETRY_INITIAL),
                config.getInt("retry-max-seconds", DEFAULT_RETRY_MAX),
                config.getInt("redrive-interval-seconds", DEFAULT_REDRIVE_INTERVAL),
                config.getInt("expiry-seconds", DEFAULT_EXPIRY));
    }

    /** Seconds to wait after the {@code attempts}-th failed attempt: the initial wait, doubled each time, at most the maximum. */
    public long retryDelay(int attempts) {
        return backoff(retryInitial, retryMax, attempts);
    }

    /** The doubling backoff rule: {@code initial} after the first failure, doubled per further failure, capped at {@code max}. */
    public static long backoff(long initial, long max, int attempts) {
        long delay = initial;
        for (int i = 1; i < attempts && delay < max; i++) {
            delay *= 2;
        }
        return Math.min(delay, max);
    }
}
