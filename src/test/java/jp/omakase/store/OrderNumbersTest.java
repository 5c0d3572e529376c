package jp.omakase.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void freshNumbersHaveTheDayAndEightDigits() {
        String number = OrderNumbers.fresh(TODAY, new SecureRandom());
        assertTrue(number.matches("OML-20261205-\\d{8}"), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OML-20261204-00000000", "OML-20261204-99999999", "OML-20261204-12345678"})
    void aReplacementKeepsTheDayDiffersFromTheTakenNumberAndIsTheSameForTheSameDraft(String taken) {
        Set<String> replacements = new HashSet<>();
        for (int attempt = 1; attempt <= OrderNumbers.TRIES; attempt++) {
            String r = OrderNumbers.replacement(taken, attempt, TODAY);
            assertTrue(r.matches("OML-20261204-\\d{8}"), r);
            assertNotEquals(taken, r);
            assertEquals(r, OrderNumbers.replacement(taken, attempt, TODAY), "a double click picks the same replacement");
            replacements.add(r);
        }
        assertEquals(OrderNumbers.TRIES, replacements.size(), "every attempt tries another number");
    }

    @Test
    void aNumberOfAnotherFormGetsTodaysDay() {
        assertTrue(OrderNumbers.replacement("A-1", 1, TODAY).matches("OML-20261205-\\d{8}"));
        assertThrows(IllegalArgumentException.class, () -> OrderNumbers.replacement("OML-20261204-12345678", 0, TODAY));
    }
}
