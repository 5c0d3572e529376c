package jp.omakase.company;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Search keys for company names and furigana. One function serves the stored keys and the user's query, so both
 * sides are folded the same way: NFKC (full-width Latin and digits to half-width, half-width kana to full-width,
 * ㈱ to (株)), legal-form words removed wherever they stand, Latin lower-cased, hiragana folded to katakana,
 * spaces and the middle dot removed.
 */
public final class CompanyNames {

    /** Legal forms as they appear after NFKC, in names and in furigana. Longest first, so 医療法人社団 beats 医療法人. */
    private static final List<String> LEGAL_FORMS = List.of(
            "株式会社", "有限会社", "合同会社", "合名会社", "合資会社", "相互会社",
            "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "特定非営利活動法人", "npo法人",
            "医療法人社団", "医療法人財団", "社会医療法人", "医療法人", "社会福祉法人", "学校法人", "宗教法人",
            "地方独立行政法人", "独立行政法人", "国立大学法人", "有限責任事業組合", "農事組合法人",
            "弁護士法人", "税理士法人", "司法書士法人", "行政書士法人", "監査法人", "特許業務法人", "社会保険労務士法人",
            "(株)", "(有)", "(同)", "(名)", "(資)", "(社)", "(財)", "(医)", "(福)", "(学)", "(宗)", "(特非)",
            "カブシキガイシャ", "カブシキカイシャ", "ユウゲンガイシャ", "ユウゲンカイシャ", "ゴウドウガイシャ", "ゴウドウカイシャ",
            "ゴウメイガイシャ", "ゴウシガイシャ", "イッパンシャダンホウジン", "イッパンザイダンホウジン",
            "コウエキシャダンホウジン", "コウエキザイダンホウジン", "トクテイヒエイリカツドウホウジン");

    private static final Pattern LEGAL_FORM = Pattern.compile(LEGAL_FORMS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|")));

    /** Characters that never matter for matching: every kind of space and the middle dots. */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}・･]+");

    private CompanyNames() {
    }

    /** The search key of a name (or of a query typed as a name). Empty only when nothing but legal forms remain. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = IGNORED.matcher(s).replaceAll("");
        s = toKatakana(s);
        String withoutForms = LEGAL_FORM.matcher(s).replaceAll("");
        return withoutForms.isEmpty() ? s : withoutForms;
    }

    /** True when the text, once folded, is only kana and the long-vowel mark: a furigana query. */
    public static boolean isKana(String folded) {
        return !folded.isEmpty() && folded.codePoints().allMatch(cp -> (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC);
    }

    static String toKatakana(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // ぁ (3041) .. ゖ (3096) and ゝゞ map 0x60 up to the katakana block
            out.append((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }
}
