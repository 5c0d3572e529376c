package jp.omakase.testing;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading what Keycloak mailed: multipart/alternative, quoted-printable, decoded here. */
public final class Mails {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private Mails() {
    }

    /** Waits up to {@code timeout} for a mail to {@code address} and returns the newest one. */
    public static MimeMessage awaitMailTo(GreenMail mail, String address, Duration timeout) {
        List<MimeMessage> found = awaitMailsTo(mail, address, null, 1, timeout);
        return found.get(found.size() - 1);
    }

    /** Waits up to {@code timeout} for a mail to {@code address} with exactly this subject; returns the newest. */
    public static MimeMessage awaitMailTo(GreenMail mail, String address, String subject, Duration timeout) {
        List<MimeMessage> found = awaitMailsTo(mail, address, subject, 1, timeout);
        return found.get(found.size() - 1);
    }

    /**
     * Waits up to {@code timeout} until {@code count} mails to {@code address} with exactly this subject (any subject
     * when null) arrived; returns them all, oldest first.
     */
    public static List<MimeMessage> awaitMailsTo(GreenMail mail, String address, String subject, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = mailsTo(mail, address).stream().filter(m -> subject == null || subject.equals(subject(m))).toList();
            if (found.size() >= count) {
                return found;
            }
            KeycloakServer.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError((count == 1 ? "No mail" : "Fewer than " + count + " mails") + " to " + address
                + (subject == null ? "" : " with subject " + subject) + " within " + timeout);
    }

    /** All mails received so far for {@code address}, oldest first. */
    public static List<MimeMessage> mailsTo(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** The decoded text/plain part of a message. */
    public static String text(MimeMessage message) {
        try {
            String text = partOfType(message, "text/plain");
            if (text == null) {
                throw new AssertionError("No text/plain part in the mail");
            }
            return text;
        } catch (MessagingException | IOException e) {
            throw new AssertionError("Unreadable mail", e);
        }
    }

    /** The decoded text/html part of a message. */
    public static String html(MimeMessage message) {
        try {
            String html = partOfType(message, "text/html");
            if (html == null) {
                throw new AssertionError("No text/html part in the mail");
            }
            return html;
        } catch (MessagingException | IOException e) {
            throw new AssertionError("Unreadable mail", e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The first link in the text that starts with {@code prefix}. */
    public static String firstLink(String text, String prefix) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            if (m.group().startsWith(prefix)) {
                return m.group();
            }
        }
        throw new AssertionError("No link starting with " + prefix + " in:\n" + text);
    }

    private static boolean isTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String partOfType(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                String found = partOfType(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
