package jp.omakase.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.keycloak.email.EmailException;

/** Which failures drop a mail at once (permanent) and which wait for the next attempt. */
class MailFailuresTest {

    /** Stands in for Jakarta Mail's class of that name (matched by name, as the server's class is not on our path). */
    static final class SMTPAddressFailedException extends Exception {
        private final int code;

        SMTPAddressFailedException(int code) {
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    static final class AddressException extends Exception {
    }

    @Test
    void aRecipientRefusedWith5xxOrAMalformedAddressIsPermanent() {
        assertTrue(MailFailures.permanent(new EmailException("x", new Exception("send failed", new SMTPAddressFailedException(550)))));
        assertTrue(MailFailures.permanent(new EmailException("x", new AddressException())));
    }

    @Test
    void anOutageOrATemporaryRefusalIsRetried() {
        assertFalse(MailFailures.permanent(new EmailException("x", new Exception("connect", new ConnectException("refused")))));
        assertFalse(MailFailures.permanent(new EmailException("x", new Exception("send failed", new SMTPAddressFailedException(450)))));
        assertFalse(MailFailures.permanent(new EmailException("no SMTP settings")));
    }
}
