package jp.omakase.company;

/**
 * 法人番号: 13 digits, the first being a check digit over the 12-digit base number
 * (check = 9 - (Σ Pn·Qn mod 9), Pn the n-th digit of the base counted from its last digit, Qn = 1 for odd n, 2 for even n).
 */
public final class CorporateNumber {

    public static final int LENGTH = 13;

    private CorporateNumber() {
    }

    /** True for 13 ASCII digits whose first digit is the check digit of the other twelve. */
    public static boolean isValid(String number) {
        if (number == null || number.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return number.charAt(0) - '0' == checkDigit(number.substring(1));
    }

    /** The check digit of a 12-digit base number. */
    public static int checkDigit(String base) {
        if (base.length() != LENGTH - 1) {
            throw new IllegalArgumentException("base number must have 12 digits");
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
