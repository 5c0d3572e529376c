package jp.omakase.company;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Synthetic companies in the official NTA CSV format (Unicode version: UTF-8, no header, 30 columns), for the
 * sample data and the benchmark. Names are built from common Japanese name parts with their readings, so the
 * furigana matches the name; legal forms stand before or after the name in realistic proportions; about 4% are
 * closed and 0.1% hidden. No real company and no personal data.
 * <p>
 * {@code java … NtaDataGenerator <rows> <file> [seed]}
 */
public final class NtaDataGenerator {

    private static final String[][] FIRST = {
            {"山田", "ヤマダ"}, {"鈴木", "スズキ"}, {"佐藤", "サトウ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
            {"渡辺", "ワタナベ"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"}, {"吉田", "ヨシダ"}, {"山本", "ヤマモト"},
            {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}, {"清水", "シミズ"}, {"森", "モリ"}, {"池田", "イケダ"},
            {"橋本", "ハシモト"}, {"石川", "イシカワ"}, {"東京", "トウキョウ"}, {"大阪", "オオサカ"}, {"名古屋", "ナゴヤ"}, {"横浜", "ヨコハマ"},
            {"札幌", "サッポロ"}, {"福岡", "フクオカ"}, {"仙台", "センダイ"}, {"広島", "ヒロシマ"}, {"京都", "キョウト"}, {"神戸", "コウベ"},
            {"日本", "ニホン"}, {"東日本", "ヒガシニホン"}, {"中央", "チュウオウ"}, {"北陸", "ホクリク"}, {"南国", "ナンゴク"}, {"青葉", "アオバ"},
            {"桜", "サクラ"}, {"若葉", "ワカバ"}, {"富士", "フジ"}, {"太陽", "タイヨウ"}, {"未来", "ミライ"}, {"大和", "ヤマト"},
            {"第一", "ダイイチ"}, {"三光", "サンコウ"}, {"丸正", "マルショウ"}, {"新栄", "シンエイ"}, {"共栄", "キョウエイ"}, {"平和", "ヘイワ"},
            {"サンライズ", "サンライズ"}, {"グリーン", "グリーン"}, {"アルファ", "アルファ"}, {"スマイル", "スマイル"}, {"ハーモニー", "ハーモニー"},
            {"パシフィック", "パシフィック"}, {"ユニオン", "ユニオン"}, {"ネクスト", "ネクスト"}, {"フロンティア", "フロンティア"},
            {"アクア", "アクア"}, {"エコ", "エコ"}, {"ワールド", "ワールド"}, {"ABC", "エービーシー"}, {"KS", "ケーエス"}};
    private static final String[][] SECOND = {
            {"", ""}, {"", ""}, {"", ""}, {"北", "キタ"}, {"中", "ナカ"}, {"西", "ニシ"}, {"光", "ヒカリ"}, {"プラス", "プラス"},
            {"リンク", "リンク"}, {"ライフ", "ライフ"}, {"クリエイト", "クリエイト"}, {"テック", "テック"}, {"総合", "ソウゴウ"}, {"第二", "ダイニ"}};
    private static final String[][] BUSINESS = {
            {"工業", "コウギョウ"}, {"商事", "ショウジ"}, {"建設", "ケンセツ"}, {"電機", "デンキ"}, {"製作所", "セイサクショ"}, {"運輸", "ウンユ"},
            {"物産", "ブッサン"}, {"不動産", "フドウサン"}, {"食品", "ショクヒン"}, {"印刷", "インサツ"}, {"設計", "セッケイ"}, {"技研", "ギケン"},
            {"産業", "サンギョウ"}, {"興業", "コウギョウ"}, {"電設", "デンセツ"}, {"土木", "ドボク"}, {"精工", "セイコウ"}, {"化学", "カガク"},
            {"システム", "システム"}, {"ソフト", "ソフト"}, {"ネットワーク", "ネットワーク"}, {"サービス", "サービス"},
            {"コンサルティング", "コンサルティング"}, {"ホールディングス", "ホールディングス"}, {"テクノロジー", "テクノロジー"},
            {"デザイン", "デザイン"}, {"企画", "キカク"}, {"商店", "ショウテン"}, {"農園", "ノウエン"}, {"水産", "スイサン"}, {"薬局", "ヤッキョク"},
            {"自動車", "ジドウシャ"}, {"観光", "カンコウ"}, {"住宅", "ジュウタク"}, {"鉄工所", "テッコウショ"}, {"ファーム", "ファーム"}};
    /** Legal form, kind code, weight (per mille). */
    private static final Object[][] FORMS = {
            {"株式会社", "301", 620}, {"有限会社", "302", 160}, {"合同会社", "305", 90}, {"一般社団法人", "399", 40},
            {"特定非営利活動法人", "399", 25}, {"医療法人社団", "399", 20}, {"合資会社", "304", 15}, {"合名会社", "303", 5},
            {"社会福祉法人", "399", 15}, {"", "499", 10}};
    private static final String[][] PLACES = {
            {"東京都", "千代田区", "13", "101"}, {"東京都", "新宿区", "13", "104"}, {"東京都", "世田谷区", "13", "112"},
            {"神奈川県", "横浜市中区", "14", "104"}, {"大阪府", "大阪市北区", "27", "127"}, {"愛知県", "名古屋市中村区", "23", "105"},
            {"北海道", "札幌市中央区", "01", "101"}, {"宮城県", "仙台市青葉区", "04", "101"}, {"福岡県", "福岡市博多区", "40", "132"},
            {"埼玉県", "さいたま市大宮区", "11", "103"}, {"千葉県", "千葉市中央区", "12", "101"}, {"広島県", "広島市中区", "34", "101"},
            {"新潟県", "新潟市中央区", "15", "103"}, {"静岡県", "静岡市葵区", "22", "101"}, {"京都府", "京都市下京区", "26", "106"}};
    private static final String[] CLOSE_CAUSES = {"01", "01", "11", "21", "31"};

    private final SplittableRandom random;

    public NtaDataGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261031L;
        try (OutputStream out = Files.newOutputStream(file)) {
            new NtaDataGenerator(seed).write(rows, out);
        }
    }

    public void write(long rows, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (long i = 1; i <= rows; i++) {
            w.write(row(i));
            w.write('\n');
        }
        w.flush();
    }

    /** One CSV line (without the newline) for sequence number {@code seq}. */
    public String row(long seq) {
        String[] first = FIRST[random.nextInt(FIRST.length)];
        String[] second = SECOND[random.nextInt(SECOND.length)];
        String[] business = BUSINESS[random.nextInt(BUSINESS.length)];
        Object[] form = pickForm();
        String core = first[0] + second[0] + business[0];
        String kana = first[1] + second[1] + business[1];
        String legal = (String) form[0];
        String name = legal.isEmpty() ? core : random.nextInt(100) < 55 ? legal + core : core + legal;
        String[] place = PLACES[random.nextInt(PLACES.length)];
        String street = fullWidth((1 + random.nextInt(9)) + "丁目" + (1 + random.nextInt(30)) + "－" + (1 + random.nextInt(20)));
        LocalDate assigned = LocalDate.of(2015, 10, 5).plusDays(random.nextInt(3800));
        boolean closed = random.nextInt(100) < 4;
        LocalDate closeDate = closed ? assigned.plusDays(1 + random.nextInt(300)) : null;
        String process = closed ? "21" : random.nextInt(10) == 0 ? "12" : "01";
        LocalDate update = closed ? closeDate : assigned.plusDays(random.nextInt(200));
        String hidden = random.nextInt(1000) == 0 ? "1" : "0";
        String[] c = new String[30];
        java.util.Arrays.fill(c, "");
        c[0] = String.valueOf(seq);
        c[1] = corporateNumber(seq);
        c[2] = process;
        c[3] = "0";
        c[4] = update.toString();
        c[5] = assigned.toString();
        c[6] = quote(name);
        c[8] = (String) form[1];
        c[9] = quote(place[0]);
        c[10] = quote(place[1]);
        c[11] = quote(street);
        c[13] = place[2];
        c[14] = place[3];
        c[15] = String.format("%07d", random.nextInt(10_000_000));
        if (closed) {
            c[18] = closeDate.toString();
            c[19] = CLOSE_CAUSES[random.nextInt(CLOSE_CAUSES.length)];
        }
        c[22] = assigned.toString();
        c[23] = "1";
        c[28] = quote(kana);
        c[29] = hidden;
        return String.join(",", c);
    }

    private Object[] pickForm() {
        int r = random.nextInt(1000);
        for (Object[] f : FORMS) {
            r -= (Integer) f[2];
            if (r < 0) {
                return f;
            }
        }
        return FORMS[0];
    }

    /** Distinct for every sequence number (a bijection of 0..10^12-1), scattered like real numbers. */
    private static String corporateNumber(long seq) {
        long scattered = Math.floorMod(seq * 790_379_917L + 123_456_789_011L, 1_000_000_000_000L);
        String base = String.format("%012d", scattered);
        return CorporateNumber.checkDigit(base) + base;
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            out.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : ch);
        }
        return out.toString();
    }
}
