package jp.omakase.password;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The seed's administrator password rule, as pure functions: half-width characters only
 * (the 94 graphic characters of ASCII) and at least N of the four character classes.
 * The length rule is Keycloak's own {@code length} policy.
 */
public final class PasswordRules {

    /** The four classes of the seed: 英大文字・英小文字・数字・記号. */
    public enum CharacterClass {
        UPPER, LOWER, DIGIT, SYMBOL;

        /** The class of a half-width character, or {@code null} for any other code point. */
        static CharacterClass of(int codePoint) {
            if (codePoint >= 'A' && codePoint <= 'Z') {
                return UPPER;
            }
            if (codePoint >= 'a' && codePoint <= 'z') {
                return LOWER;
            }
            if (codePoint >= '0' && codePoint <= '9') {
                return DIGIT;
            }
            if (isHalfWidth(codePoint)) {
                return SYMBOL;
            }
            return null;
        }
    }

    /** Why a character is refused by the half-width rule. */
    public enum Refusal {
        /** Half-width or full-width space, or any other Unicode space. */
        SPACE,
        /** Tab, newline and the other control or invisible format characters. */
        CONTROL,
        /** Full-width letters and digits, kana, kanji, emoji and every other non-ASCII character. */
        NOT_HALF_WIDTH
    }

    /** The first refused character: its 1-based position in code points, and why. */
    public record Violation(int position, Refusal refusal) {
    }

    private PasswordRules() {
    }

    /** Half-width characters allowed in a password: ASCII 0x21 ('!') to 0x7E ('~'). */
    public static boolean isHalfWidth(int codePoint) {
        return codePoint >= 0x21 && codePoint <= 0x7E;
    }

    /** The first character the half-width rule refuses, if any. */
    public static Optional<Violation> firstRefused(String password) {
        int position = 0;
        for (int i = 0; i < password.length(); ) {
            int cp = password.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            if (!isHalfWidth(cp)) {
                return Optional.of(new Violation(position, refusalOf(cp)));
            }
        }
        return Optional.empty();
    }

    private static Refusal refusalOf(int codePoint) {
        if (codePoint == ' ' || Character.isSpaceChar(codePoint)) {
            return Refusal.SPACE;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.FORMAT) {
            return Refusal.CONTROL;
        }
        return Refusal.NOT_HALF_WIDTH;
    }

    /** The character classes present among the half-width characters of the password. */
    public static Set<CharacterClass> classesIn(String password) {
        EnumSet<CharacterClass> found = EnumSet.noneOf(CharacterClass.class);
        password.codePoints().mapToObj(CharacterClass::of).filter(c -> c != null).forEach(found::add);
        return found;
    }
}
