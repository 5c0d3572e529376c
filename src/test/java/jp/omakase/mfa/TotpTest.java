package jp.omakase.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The test's TOTP against RFC 6238's own test vector (SHA-1 key "12345678901234567890"), so the ITs trust it. */
class TotpTest {

    @Test
    void rfc6238Vectors() {
        // base32 of "12345678901234567890"
        String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertEquals("12345678901234567890", new String(Totp.base32(secret), StandardCharsets.US_ASCII));
        assertEquals("287082", Totp.code(secret, 59));
        assertEquals("081804", Totp.code(secret, 1111111109));
        assertEquals("050471", Totp.code(secret, 1111111111));
    }
}
