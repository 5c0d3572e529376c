package jp.omakase.store;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import jp.omakase.pages.PageLogin;

/**
 * The store pages' order numbers, {@code OML-yyyymmdd-nnnnnnnn} (the day in Japan, eight random digits). A number
 * another order already holds is replaced by one derived from it and the attempt, so that two presses of the same
 * draft (a double click) pick the same replacement and the order is still placed once.
 */
final class OrderNumbers {

    /** Numbers tried for one draft before the customer is asked to press again. */
    static final int TRIES = 5;
    private static final Pattern FORMAT = Pattern.compile("OML-\\d{8}-\\d{8}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private OrderNumbers() {
    }

    static String fresh(LocalDate day, SecureRandom random) {
        return format(day.format(DAY), random.nextInt(100_000_000));
    }

    /**
     * The {@code attempt}-th (1, 2, …) replacement of {@code taken}: the same day, eight digits from a hash of the taken
     * number and the attempt; never {@code taken} itself.
     */
    static String replacement(String taken, int attempt, LocalDate today) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt " + attempt);
        }
        String day = FORMAT.matcher(taken).matches() ? taken.substring(4, 12) : today.format(DAY);
        for (int salt = 0; ; salt++) {
            byte[] hash = PageLogin.sha256(taken + "#" + attempt + "#" + salt);
            String candidate = format(day, Integer.remainderUnsigned(ByteBuffer.wrap(hash).getInt(), 100_000_000));
            if (!candidate.equals(taken)) {
                return candidate;
            }
        }
    }

    private static String format(String day, int digits) {
        return "OML-" + day + "-" + String.format("%08d", digits);
    }
}
