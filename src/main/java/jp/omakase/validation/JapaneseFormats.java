package jp.omakase.validation;

import java.util.regex.Pattern;

/**
 * The Japanese formats the forms of the seed ask for, as pure rules: full-width katakana (セイ・メイ, 会社名(カナ)),
 * Japanese telephone numbers (電話番号) and postal codes (郵便番号). Input is what the user typed: no folding here,
 * so that a refusal can tell the user what to change.
 */
public final class JapaneseFormats {

    /** Full-width katakana, the long-vowel mark, the middle dot and full-width spaces between words. */
    private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FB]+([\\u3000 ][\\u30A1-\\u30FA\\u30FC\\u30FB]+)*");
    /** 0 then 9 or 10 more digits, optionally grouped by hyphens: 03-1234-5678, 090-1234-5678, 0120-123-456. */
    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3}-?\\d{4}");

    private JapaneseFormats() {
    }

    public static boolean isKatakana(String value) {
        return value != null && KATAKANA.matcher(value).matches();
    }

    public static boolean isPhoneNumber(String value) {
        if (value == null || !PHONE.matcher(value).matches()) {
            return false;
        }
        int digits = value.replace("-", "").length();
        return digits == 10 || digits == 11;
    }

    public static boolean isPostalCode(String value) {
        return value != null && POSTAL_CODE.matcher(value).matches();
    }
}
