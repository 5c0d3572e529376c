package jp.omakase.mfa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The e-mail one-time code's rules, pure: six digits from a strong random source, kept only as a salted HMAC-SHA-256
 * ("salt:hash") in the authentication session, valid {@link #LIFETIME_SECONDS}, {@link #MAX_TRIES} wrong entries and
 * {@link #MAX_SENDS} mails per login.
 */
public final class EmailCode {

    public static final int DIGITS = 6;
    public static final long LIFETIME_SECONDS = 300;
    public static final int MAX_TRIES = 5;
    public static final int MAX_SENDS = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmailCode() {
    }

    /** A fresh code: six digits, leading zeros kept. */
    public static String generate() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** The stored form of {@code code}: a fresh salt and the code's HMAC under it. */
    public static String seal(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String s = Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
        return s + ":" + mac(salt, code);
    }

    /** Whether {@code input} (spaces ignored) is the code sealed in {@code sealed}; constant time in the code. */
    public static boolean matches(String sealed, String input) {
        if (sealed == null || input == null) {
            return false;
        }
        String code = input.replaceAll("[\\s-]", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        int colon = sealed.indexOf(':');
        if (colon < 0) {
            return false;
        }
        byte[] salt = Base64.getUrlDecoder().decode(sealed.substring(0, colon));
        return MessageDigest.isEqual(sealed.substring(colon + 1).getBytes(StandardCharsets.US_ASCII),
                mac(salt, code).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a code that expires at {@code expiresAt} (epoch seconds) is still valid at {@code now}. */
    public static boolean valid(long expiresAt, long now) {
        return now < expiresAt;
    }

    private static String mac(byte[] salt, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
