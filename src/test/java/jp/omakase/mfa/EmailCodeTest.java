package jp.omakase.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailCodeTest {

    @RepeatedTest(20)
    void aCodeIsSixDigits() {
        assertTrue(EmailCode.generate().matches("\\d{6}"));
    }

    @Test
    void codesVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(EmailCode.generate());
        }
        assertTrue(seen.size() > 40);
    }

    @Test
    void theSealedFormHoldsNeitherTheCodeNorTheSameHashTwice() {
        String sealed = EmailCode.seal("012345");
        assertFalse(sealed.contains("012345"));
        assertNotEquals(sealed, EmailCode.seal("012345"));
    }

    @Test
    void theRightCodeMatchesWithSpacesOrAHyphen() {
        String sealed = EmailCode.seal("012345");
        assertTrue(EmailCode.matches(sealed, "012345"));
        assertTrue(EmailCode.matches(sealed, " 012 345 "));
        assertTrue(EmailCode.matches(sealed, "012-345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"012346", "12345", "0123456", "abcdef", "", "０１２３４５"})
    void anyOtherInputDoesNotMatch(String input) {
        assertFalse(EmailCode.matches(EmailCode.seal("012345"), input));
    }

    @Test
    void nothingMatchesWithoutACode() {
        assertFalse(EmailCode.matches(null, "012345"));
        assertFalse(EmailCode.matches(EmailCode.seal("012345"), null));
    }

    @Test
    void validForFiveMinutes() {
        assertEquals(300, EmailCode.LIFETIME_SECONDS);
        assertTrue(EmailCode.valid(1300, 1299));
        assertFalse(EmailCode.valid(1300, 1300));
    }
}
