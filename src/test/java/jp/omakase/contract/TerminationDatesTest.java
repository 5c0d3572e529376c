package jp.omakase.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminationDatesTest {

    @ParameterizedTest
    @CsvSource({
            // Japan time decides the month: 2026-11-30T15:00Z is already 12/1 in Tokyo
            "2026-11-30T14:59:59Z, 0, 2026-11-30, 2026-11-30T15:00:00Z, 2026/11/30",
            "2026-11-30T15:00:00Z, 0, 2026-12-31, 2026-12-31T15:00:00Z, 2026/12/31",
            "2026-12-06T01:00:00Z, 1, 2027-01-31, 2027-01-31T15:00:00Z, 2027/01/31",
            "2027-01-15T00:00:00Z, 1, 2027-02-28, 2027-02-28T15:00:00Z, 2027/02/28",
            "2028-01-15T00:00:00Z, 1, 2028-02-29, 2028-02-29T15:00:00Z, 2028/02/29"})
    void endOfThisOrNextMonthEndsAtMidnightJapanTimeAfterIt(String now, int months, String lastDay, String end, String shown) {
        LocalDate day = TerminationDates.lastDay(Instant.parse(now), months);
        assertEquals(LocalDate.parse(lastDay), day);
        assertEquals(Instant.parse(end), TerminationDates.endOf(day));
        assertEquals(shown, TerminationDates.shown(TerminationDates.endOf(day).toEpochMilli()));
    }
}
