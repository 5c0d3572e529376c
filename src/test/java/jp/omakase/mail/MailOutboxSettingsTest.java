package jp.omakase.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outbox's doubling backoff and the guard on its options. */
class MailOutboxSettingsTest {

    @ParameterizedTest(name = "after {0} failed attempt(s): {1} s")
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "7, 1920", "8, 3600", "9, 3600", "1000, 3600"})
    void theWaitDoublesPerAttemptUpToTheMaximum(int attempts, long seconds) {
        MailOutboxSettings settings = new MailOutboxSettings(30, 3_600, 30, 259_200);
        assertEquals(seconds, settings.retryDelay(attempts));
    }

    @ParameterizedTest(name = "initial {0}, max {1}, after {2}: {3}")
    @CsvSource({"2, 4, 1, 2", "2, 4, 2, 4", "2, 4, 3, 4", "5, 5, 4, 5", "1, 2147483647, 40, 2147483647", "0, 10, 0, 0"})
    void theRuleNeverOverflowsAndStartsAtTheInitialWait(long initial, long max, int attempts, long seconds) {
        assertEquals(seconds, MailOutboxSettings.backoff(initial, max, attempts));
    }

    @ParameterizedTest(name = "retry {0}/{1}, re-drive {2}, expiry {3} refused")
    @CsvSource({"0, 10, 30, 3600", "20, 10, 30, 3600", "2, 4, 0, 3600", "2, 4, 1, 59"})
    void optionsThatCannotWorkAreRefusedAtStart(int initial, int max, int redrive, int expiry) {
        assertThrows(IllegalArgumentException.class, () -> new MailOutboxSettings(initial, max, redrive, expiry));
    }
}
