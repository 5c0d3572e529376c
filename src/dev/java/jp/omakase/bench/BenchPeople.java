package jp.omakase.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.omakase.profile.ProfileAttributes;
import jp.omakase.tenant.csv.CsvOperation;
import jp.omakase.tenant.csv.UserCsvWriter;
import jp.omakase.tenant.csv.UserRow;

/**
 * The people of the benchmark, made the same way every run: names and their kana from 20 family and 20 given names, a
 * department, a telephone number and an e-mail {@code user<n>@<domain>}; and the CSV file that adds them (the format of
 * docs/csv.md, written by {@link UserCsvWriter}: UTF-8 with BOM, CRLF, the Japanese header).
 */
final class BenchPeople {

    /** Family names with their kana; a search by one of them matches one person in 20. */
    static final String[][] FAMILY = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"},
            {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"},
            {"加藤", "カトウ"}, {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"},
            {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"斎藤", "サイトウ"}, {"清水", "シミズ"}};
    private static final String[][] GIVEN = {{"太郎", "タロウ"}, {"花子", "ハナコ"}, {"一郎", "イチロウ"}, {"直子", "ナオコ"},
            {"健太", "ケンタ"}, {"美咲", "ミサキ"}, {"大輔", "ダイスケ"}, {"陽子", "ヨウコ"}, {"翔", "ショウ"}, {"愛", "アイ"},
            {"誠", "マコト"}, {"恵", "メグミ"}, {"拓也", "タクヤ"}, {"由美", "ユミ"}, {"亮", "リョウ"}, {"真理", "マリ"},
            {"悠斗", "ユウト"}, {"結衣", "ユイ"}, {"蓮", "レン"}, {"葵", "アオイ"}};
    private static final String[] DEPARTMENTS = {"営業部", "総務部", "経理部", "情報システム部", "開発部", "人事部"};

    /** One person; the e-mail's local part is {@code user<n>}. */
    record Person(int n, String last, String first, String lastKana, String firstKana, String department, String phone) {

        String email(String domain) {
            return "user" + n + "@" + domain;
        }
    }

    private BenchPeople() {
    }

    /** Persons 1 to {@code count}. */
    static List<Person> make(int count) {
        List<Person> people = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String[] family = FAMILY[n % FAMILY.length];
            String[] given = GIVEN[(n / FAMILY.length) % GIVEN.length];
            people.add(new Person(n, family[0], given[0], family[1], given[1], DEPARTMENTS[n % DEPARTMENTS.length],
                    String.format("03-%04d-%04d", n / 10000, n % 10000)));
        }
        return people;
    }

    /** The CSV file that adds every person ({@code 登録}) with an e-mail of {@code domain}; no groups, no administrators. */
    static byte[] csv(List<Person> people, String domain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(people.size() * 120);
        try (UserCsvWriter writer = UserCsvWriter.open(out)) {
            for (Person p : people) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put(ProfileAttributes.LAST_NAME, p.last());
                attributes.put(ProfileAttributes.FIRST_NAME, p.first());
                attributes.put(ProfileAttributes.LAST_NAME_KANA, p.lastKana());
                attributes.put(ProfileAttributes.FIRST_NAME_KANA, p.firstKana());
                attributes.put(ProfileAttributes.DEPARTMENT, p.department());
                attributes.put(ProfileAttributes.PHONE, p.phone());
                writer.write(new UserRow(CsvOperation.ADD, p.email(domain), attributes, List.of(), false));
            }
        }
        return out.toByteArray();
    }
}
