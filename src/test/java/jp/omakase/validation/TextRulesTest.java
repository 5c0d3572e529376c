package jp.omakase.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F,
            0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
            0xFDD0, 0xFFFE, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF})
    void aOneLineFieldRefusesControlBidiAndBrokenCharacters(int c) {
        assertEquals(TextRules.INVALID_CHARACTERS, TextRules.problem("山田" + (char) c + "太郎", 100));
        assertEquals(TextRules.INVALID_CHARACTERS, TextRules.problem(String.valueOf((char) c), 100), "alone too");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0A, 0x0D, 0x09})
    void aMultiLineFieldTakesLineBreaksAndTabsOnly(int c) {
        assertNull(TextRules.problem("一行目" + (char) c + "二行目", 100, true));
        assertEquals(TextRules.INVALID_CHARACTERS, TextRules.problem("一行目\u0000二行目", 100, true));
        assertEquals(TextRules.INVALID_CHARACTERS, TextRules.problem("一行目\u202E二行目", 100, true));
    }

    @Test
    void ordinaryJapaneseAndEmojiPass() {
        assertNull(TextRules.problem("山田商事株式会社　ヤマダショウジ ①㈱ｶﾅ 03-1234-5678 <b>&amp;", 100));
        assertNull(TextRules.problem("\uD83D\uDE00 \uD842\uDFB7野家", 100), "surrogate pairs (emoji, 𠮷) are fine");
        assertNull(TextRules.problem("\u200D\u00AD", 100), "other format characters (ZWJ, soft hyphen) are not refused");
        assertNull(TextRules.problem(null, 1));
        assertNull(TextRules.problem("", 0));
    }

    @Test
    void lengthIsCheckedAfterCharacters() {
        assertNull(TextRules.problem("a".repeat(100), 100));
        assertEquals(TextRules.TOO_LONG, TextRules.problem("a".repeat(101), 100));
        assertEquals(TextRules.TOO_LONG, TextRules.problem("x".repeat(10_000), 255));
        assertEquals(TextRules.INVALID_CHARACTERS, TextRules.problem("\u0000".repeat(10_000), 255));
    }

    @Test
    void aLoneSurrogateAtTheEndOrAReversedPairIsRefused() {
        assertEquals(TextRules.INVALID_CHARACTERS, TextRules.problem("abc\uD83D", 100));
        assertEquals(TextRules.INVALID_CHARACTERS, TextRules.problem("\uDE00\uD83D", 100));
        assertEquals(TextRules.INVALID_CHARACTERS, TextRules.problem("\uD83F\uDFFE", 100), "U+1FFFE is a noncharacter");
        assertTrue(TextRules.isClean("\uD83D\uDE00", false));
    }
}
