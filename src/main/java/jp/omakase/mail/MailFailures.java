package jp.omakase.mail;

import java.lang.reflect.Method;

/**
 * Which SMTP failures are permanent: a malformed address, or a recipient the server refused with a 5xx reply. Every
 * other failure (no connection, timeout, 4xx, a realm without SMTP settings yet) is retried until the mail expires.
 * Classes are matched by name: Jakarta Mail is the server's, not on this extension's compile path.
 */
final class MailFailures {

    private MailFailures() {
    }

    static boolean permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if ("AddressException".equals(name)) {
                return true;
            }
            if ("SMTPAddressFailedException".equals(name)) {
                int code = returnCode(t);
                return code >= 500 && code < 600;
            }
        }
        return false;
    }

    private static int returnCode(Throwable t) {
        try {
            Method m = t.getClass().getMethod("getReturnCode");
            return ((Number) m.invoke(t)).intValue();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }
}
