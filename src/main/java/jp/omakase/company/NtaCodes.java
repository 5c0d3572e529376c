package jp.omakase.company;

import java.util.Set;

/** Code lists of the NTA corporate-number download data (リソース定義書 4.1版). */
final class NtaCodes {

    /** 処理区分: 01 新規, 11 商号又は名称の変更, 12 国内所在地の変更, 13 国外所在地の変更, 21 登記記録の閉鎖等,
     * 22 登記記録の復活等, 71 吸収合併, 72 吸収合併無効, 81 商号の登記の抹消, 99 削除. */
    static final Set<String> PROCESS = Set.of("01", "11", "12", "13", "21", "22", "71", "72", "81", "99");
    static final String PROCESS_DELETE = "99";

    /** 法人種別: 101 国の機関, 201 地方公共団体, 301 株式会社, 302 有限会社, 303 合名会社, 304 合資会社, 305 合同会社,
     * 399 その他の設立登記法人, 401 外国会社等, 499 その他. */
    static final Set<String> KIND = Set.of("101", "201", "301", "302", "303", "304", "305", "399", "401", "499");

    /** 登記記録の閉鎖等の事由: 01 清算の結了等, 11 合併による解散等, 21 登記官による閉鎖, 31 その他の清算の結了等. */
    static final Set<String> CLOSE_CAUSE = Set.of("01", "11", "21", "31");

    private NtaCodes() {
    }
}
