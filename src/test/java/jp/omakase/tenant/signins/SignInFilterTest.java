package jp.omakase.tenant.signins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.omakase.tenant.csv.CsvCell;

class SignInFilterTest {

    @Test
    void aDateRangeIsWholeDaysInJapanTimeBothEndsIncluded() {
        SignInFilter f = SignInFilter.read(null, null, " 2026-12-01 ", "2026-12-03");
        assertEquals(Instant.parse("2026-11-30T15:00:00Z").toEpochMilli(), f.fromMillis());
        assertEquals(Instant.parse("2026-12-03T15:00:00Z").toEpochMilli(), f.toMillis(), "up to the end of the 3rd, Japan time");
        assertEquals("2026-12-01", f.from());
        assertFalse(f.empty());
    }

    @Test
    void noFilterMeansEverything() {
        SignInFilter f = SignInFilter.read(null, "", null, "  ");
        assertNull(f.fromMillis());
        assertNull(f.toMillis());
        assertNull(f.userId());
        assertFalse(f.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026/12/01", "2026-13-01", "2026-02-30"})
    void aDateThatDoesNotParseMatchesNothing(String date) {
        assertTrue(SignInFilter.read(null, null, date, null).empty(), date);
        assertTrue(SignInFilter.read(null, null, null, date).invalid(), date);
    }

    @Test
    void csvCellsAreGuardedAgainstFormulasAndQuoted() {
        assertEquals("'=1+2", CsvCell.of("=1+2"));
        assertEquals("\"'=A1,B1\"", CsvCell.of("=A1,B1"));
        assertEquals("\"a,b\"", CsvCell.of("a,b"));
        assertEquals("", CsvCell.of(null));
        assertEquals("192.0.2.1", CsvCell.of("192.0.2.1"));
    }
}
