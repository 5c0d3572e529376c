package jp.omakase.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A consent kept in an authentication-session note until the user exists. */
class ConsentTest {

    @Test
    void aConsentSurvivesItsNoteAndAnythingElseIsNone() {
        Consent c = new Consent("signup-terms", "1.0", "ja", "a".repeat(64), 1733300000000L);
        assertEquals(c, Consent.decode(c.encode()));
        assertNull(Consent.decode(null));
        assertNull(Consent.decode("1.0"));
        assertNull(Consent.decode("signup-terms|1.0|ja|short|1"));
        assertNull(Consent.decode("signup-terms|1.0|ja|" + "a".repeat(64) + "|x"));
    }
}
