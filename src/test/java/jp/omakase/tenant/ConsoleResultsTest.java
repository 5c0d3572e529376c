package jp.omakase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ConsoleResultsTest {

    @Test
    void onlyKnownResultsBecomeMessageKeys() {
        assertEquals("omakaseConsoleDoneUserAdded", ConsoleResults.known("user-added"));
        assertEquals("omakaseConsoleDoneUserAddedNoMail", ConsoleResults.known("user-added-no-mail"));
        assertNull(ConsoleResults.known("omakaseConsoleForbidden"));
        assertNull(ConsoleResults.known(null));
        assertEquals("omakaseConsoleDoneGroupCreated", ConsoleResults.known("group-created"));
    }
}
