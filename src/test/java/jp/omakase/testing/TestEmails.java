package jp.omakase.testing;

import java.util.UUID;

/** The one way tests make an e-mail address that no earlier test (or earlier run against the same database) used. */
public final class TestEmails {

    private TestEmails() {
    }

    /** {@code <prefix>-<8 random hex digits>@example.jp}: unique, readable in the server log and in GreenMail. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }
}
