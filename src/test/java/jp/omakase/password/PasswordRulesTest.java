package jp.omakase.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.policy.PolicyError;

/**
 * The seed's rule in the order our realms apply it: Keycloak's {@code length(10)} (which compares the Java string
 * length), then {@code omakase-half-width}, then {@code omakase-character-classes(3)}.
 */
class PasswordRulesTest {

    private static final int MIN_LENGTH = 10;
    private static final int REQUIRED_CLASSES = 3;

    /** Outcome of the realm's policy chain: OK, TOO_SHORT, or our message key + its first parameter. */
    private static String outcome(String password) {
        if (password.length() < MIN_LENGTH) {
            return "TOO_SHORT";
        }
        PolicyError e = HalfWidthPasswordPolicyProvider.validate(password);
        if (e == null) {
            e = CharacterClassesPasswordPolicyProvider.validate(password, REQUIRED_CLASSES);
        }
        if (e == null) {
            return "OK";
        }
        Object detail = e.getMessage().equals(PasswordPolicyMessages.CHARACTER_CLASSES) ? e.getParameters()[1] : e.getParameters()[0];
        return e.getMessage() + "@" + detail;
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Abcdefgh1!              | OK                                         | 10 chars, 4 classes (the seed's example)
            Abcdefg1!               | TOO_SHORT                                  | 9 chars, 4 classes
            Abcdef1!                | TOO_SHORT                                  | 8 chars
            Abcdefghi1              | OK                                         | 10 chars, upper lower digit
            abcdefgh1!              | OK                                         | lower digit symbol
            ABCDEFGH1!              | OK                                         | upper digit symbol
            Abcdefghi!              | OK                                         | upper lower symbol
            Abcdefghij              | omakasePasswordCharacterClassesMessage@2   | 2 classes: upper lower
            abcdefgh12              | omakasePasswordCharacterClassesMessage@2   | 2 classes: lower digit
            1234567890              | omakasePasswordCharacterClassesMessage@1   | digits only
            !!!!!!!!!!              | omakasePasswordCharacterClassesMessage@1   | symbols only
            Ａｂｃｄｅｆｇｈ１！    | omakasePasswordNotHalfWidthMessage@1       | all full-width
            Abcdefgh１!             | omakasePasswordNotHalfWidthMessage@9       | full-width digit
            Abcdefghｱ1!            | omakasePasswordNotHalfWidthMessage@9       | half-width katakana is not ASCII
            パスワードAbc1!         | omakasePasswordNotHalfWidthMessage@1       | kana
            Abcdefghé1              | omakasePasswordNotHalfWidthMessage@9       | accented letter
            'Abcd efgh1!'           | omakasePasswordSpaceMessage@5              | half-width space
            Abcd　efgh1!            | omakasePasswordSpaceMessage@5              | full-width space U+3000
            """)
    void seedRule(String password, String expected, String why) {
        assertEquals(expected, outcome(password), why);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("invisibleCharacters")
    void invisibleAndAstralCharacters(String password, String expected, String why) {
        assertEquals(expected, outcome(password), why);
    }

    static Stream<Arguments> invisibleCharacters() {
        return Stream.of(
                Arguments.of("Abcd\tefgh1!", "omakasePasswordControlCharacterMessage@5", "tab"),
                Arguments.of("Abcdefgh1!\n", "omakasePasswordControlCharacterMessage@11", "trailing newline"),
                Arguments.of("Abc\u0000defgh1!", "omakasePasswordControlCharacterMessage@4", "NUL"),
                Arguments.of("Abc\u200Bdefgh1!", "omakasePasswordControlCharacterMessage@4", "zero-width space (format character)"),
                Arguments.of("Abc\u007Fdefgh1!", "omakasePasswordControlCharacterMessage@4", "DEL"),
                Arguments.of("Abcdefgh1!\uD83D\uDE00", "omakasePasswordNotHalfWidthMessage@11", "emoji counts as one character"),
                Arguments.of("\uD83D\uDE00Abcdefgh1!", "omakasePasswordNotHalfWidthMessage@1", "leading emoji"));
    }

    /** The 32 ASCII symbols, written out rather than derived from the code under test. */
    private static final String ASCII_SYMBOLS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    static Stream<String> asciiSymbols() {
        return ASCII_SYMBOLS.chars().mapToObj(c -> String.valueOf((char) c));
    }

    @ParameterizedTest(name = "symbol {0}")
    @MethodSource("asciiSymbols")
    void everyAsciiSymbolIsHalfWidthAndCountsAsASymbol(String symbol) {
        assertEquals(32, ASCII_SYMBOLS.length());
        assertEquals("omakasePasswordCharacterClassesMessage@2", outcome("abcdefghi" + symbol), "lower + symbol: 2 classes");
        assertEquals("OK", outcome("Abcdefghi" + symbol), "upper + lower + symbol: 3 classes");
        assertEquals("omakasePasswordCharacterClassesMessage@1", outcome(symbol.repeat(10)));
        assertTrue(PasswordRules.classesIn(symbol).contains(PasswordRules.CharacterClass.SYMBOL));
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "3,2", "4,2"})
    void requiredClassCountIsConfigurable(int required, int present) {
        boolean accepted = CharacterClassesPasswordPolicyProvider.validate("Abcdefghij", required) == null;
        assertEquals(required <= present, accepted);
    }

    @ParameterizedTest
    @CsvSource({
            "Abcdefghij, 3, 2, 0, 0, 1, 2",
            "abcdefghij, 3, 1, 1, 0, 2, 2",
            "ABCDEFGHIJ, 4, 1, 0, 1, 2, 2",
            "Abcdefghi1, 4, 3, 0, 0, 0, 1"})
    void refusalNamesEachMissingClass(String password, int required, int present, int upper, int lower, int digit, int symbol) {
        PolicyError e = CharacterClassesPasswordPolicyProvider.validate(password, required);
        assertEquals(PasswordPolicyMessages.CHARACTER_CLASSES, e.getMessage());
        assertEquals(java.util.List.of(required, present, upper, lower, digit, symbol), java.util.List.of(e.getParameters()));
    }

    @ParameterizedTest
    @MethodSource("printableAscii")
    void everyPrintableAsciiCharacterButSpaceIsHalfWidth(int codePoint) {
        assertNull(HalfWidthPasswordPolicyProvider.validate(Character.toString(codePoint)));
    }

    static IntStream printableAscii() {
        return IntStream.rangeClosed(0x21, 0x7E);
    }
}
