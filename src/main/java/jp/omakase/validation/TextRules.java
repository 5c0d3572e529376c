package jp.omakase.validation;

/**
 * What any text typed into a form or sent to an API may contain, as one pure rule used by every field: no control
 * characters (C0, DEL, C1; line breaks and tabs only in a multi-line field), no line or paragraph separators in a
 * one-line field, no bidirectional controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks
 * U+200E, U+200F, U+061C), no lone surrogates and no noncharacters, and no more than a field's length (in UTF-16 units,
 * as the database columns count at most).
 */
public final class TextRules {

    /** Error codes, as the order API returns them ({@code fields}) and message keys end. */
    public static final String TOO_LONG = "too_long";
    public static final String INVALID_CHARACTERS = "invalid_characters";

    private TextRules() {
    }

    /** The problem of a one-line value ({@link #TOO_LONG}, {@link #INVALID_CHARACTERS}), or null when it is fine (null is fine). */
    public static String problem(String value, int max) {
        return problem(value, max, false);
    }

    /** The problem of a value, or null; {@code multiLine} admits line feeds, carriage returns and tabs. */
    public static String problem(String value, int max, boolean multiLine) {
        if (value == null) {
            return null;
        }
        // characters first: a 10,000-character value of NULs says what is wrong with it, not only its length
        if (!isClean(value, multiLine)) {
            return INVALID_CHARACTERS;
        }
        return value.length() > max ? TOO_LONG : null;
    }

    /** True when {@code value} holds no character the rule refuses (null is clean). */
    public static boolean isClean(String value, boolean multiLine) {
        if (value == null) {
            return true;
        }
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, value.charAt(++i));
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        return false; // U+1FFFE, U+1FFFF...: noncharacters
                    }
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || !allowed(c, multiLine)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c, boolean multiLine) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return multiLine && (c == '\n' || c == '\r' || c == '\t');
        }
        if (c == 0x2028 || c == 0x2029) {
            return false; // line / paragraph separator
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
            return false; // bidirectional controls
        }
        return !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
    }
}
