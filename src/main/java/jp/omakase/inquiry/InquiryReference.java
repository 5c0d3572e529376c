package jp.omakase.inquiry;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jp.omakase.support.JapanTime;

/**
 * The reference number of an inquiry (お問い合わせ番号), as the receipt and the operator's mail give it:
 * {@code Q-yyyyMMdd-XXXXXXXX} (the day in Japan, eight random characters of an alphabet without 0/O, 1/I/L). Random,
 * not a sequence: it says nothing about how many inquiries there are.
 */
final class InquiryReference {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private InquiryReference() {
    }

    static String next(LocalDate day) {
        StringBuilder b = new StringBuilder("Q-").append(DAY.format(day)).append('-');
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Today's reference number. */
    static String next() {
        return next(LocalDate.now(JapanTime.ZONE));
    }
}
