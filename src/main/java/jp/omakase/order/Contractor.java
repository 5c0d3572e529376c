package jp.omakase.order;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.omakase.validation.JapaneseFormats;
import jp.omakase.validation.TextRules;

/**
 * ご契約者情報 of the seed's order form. {@code contactDays}: ANY (指定なし) alone, or any of MON…FRI, kept in week order;
 * {@code contactHours}: any of 09-11, 11-13, 13-15, 15-17.
 */
public record Contractor(String companyName, String companyKana, String department, String name, String nameKana,
                         String email, String postalCode, String address1, String address2, String phone,
                         String contactPhone, List<String> contactDays, List<String> contactHours) {

    /** 指定なし, then the days in week order (the seed's 月曜日 … 金曜日): the order of the form and of what is stored. */
    public static final List<String> DAYS = List.of("ANY", "MON", "TUE", "WED", "THU", "FRI");
    /** 指定なし (no preference): never together with a day. */
    public static final String ANY_DAY = "ANY";
    /** The seed's contact hours, in time order. */
    public static final List<String> HOURS = List.of("09-11", "11-13", "13-15", "15-17");
    private static final int SHORT = 100;
    private static final int LONG = 255;

    /**
     * Field (with {@code prefix}) to error code: {@code required}, {@code too_long}, {@code invalid_characters} (control,
     * bidi: {@link TextRules}), {@code katakana}, {@code email}, {@code postal_code}, {@code phone}, {@code unknown_value},
     * {@code any_with_days} (指定なし ticked together with a day).
     */
    public Map<String, String> validate(String prefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, prefix + "companyName", companyName, true, SHORT);
        kana(errors, prefix + "companyKana", companyKana, true);
        text(errors, prefix + "department", department, false, SHORT);
        text(errors, prefix + "name", name, true, SHORT);
        kana(errors, prefix + "nameKana", nameKana, true);
        if (text(errors, prefix + "email", email, true, 254) && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put(prefix + "email", "email");
        }
        if (text(errors, prefix + "postalCode", postalCode, true, 8) && !JapaneseFormats.isPostalCode(postalCode.strip())) {
            errors.put(prefix + "postalCode", "postal_code");
        }
        text(errors, prefix + "address1", address1, true, LONG);
        text(errors, prefix + "address2", address2, false, LONG);
        if (text(errors, prefix + "phone", phone, true, 20) && !JapaneseFormats.isPhoneNumber(phone.strip())) {
            errors.put(prefix + "phone", "phone");
        }
        if (text(errors, prefix + "contactPhone", contactPhone, false, 20) && !JapaneseFormats.isPhoneNumber(contactPhone.strip())) {
            errors.put(prefix + "contactPhone", "phone");
        }
        if (!known(contactDays, DAYS)) {
            errors.put(prefix + "contactDays", "unknown_value");
        } else if (contactDays != null && contactDays.contains(ANY_DAY) && contactDays.stream().anyMatch(d -> !ANY_DAY.equals(d))) {
            errors.put(prefix + "contactDays", "any_with_days");
        }
        if (!known(contactHours, HOURS)) {
            errors.put(prefix + "contactHours", "unknown_value");
        }
        return errors;
    }

    /** The same contractor with surrounding spaces removed, contact days in week order, hours in time order (what is stored). */
    public Contractor normalized() {
        return normalized(Comparator.comparingInt(DAYS::indexOf));
    }

    /**
     * {@link #normalized()} with contact days in alphabetical order, as versions before 0.5 stored them: what the
     * idempotency hash reads, so that an order sent before an upgrade and repeated after it is still the same order.
     */
    public Contractor canonical() {
        return normalized(Comparator.naturalOrder());
    }

    private Contractor normalized(Comparator<String> dayOrder) {
        return builder().companyName(strip(companyName)).companyKana(strip(companyKana)).department(strip(department))
                .name(strip(name)).nameKana(strip(nameKana)).email(strip(email)).postalCode(strip(postalCode))
                .address1(strip(address1)).address2(strip(address2)).phone(strip(phone)).contactPhone(strip(contactPhone))
                .contactDays(contactDays == null ? List.of() : contactDays.stream().distinct().sorted(dayOrder).toList())
                .contactHours(contactHours == null ? List.of() : contactHours.stream().distinct().sorted().toList()).build();
    }

    /** A contractor field by field: what is not set stays empty (null, or no contact days and hours). */
    public static Builder builder() {
        return new Builder();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** True when there is a value to check further. */
    private static boolean text(Map<String, String> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "required");
            }
            return false;
        }
        String problem = TextRules.problem(value.strip(), max);
        if (problem != null) {
            errors.put(field, problem);
            return false;
        }
        return true;
    }

    /** Every element is one of {@code allowed} ({@code [null]} is not: List.of(...).contains(null) would throw). */
    private static boolean known(List<String> values, Collection<String> allowed) {
        return values == null || values.stream().allMatch(v -> v != null && allowed.contains(v));
    }

    private static void kana(Map<String, String> errors, String field, String value, boolean required) {
        if (text(errors, field, value, required, SHORT) && !JapaneseFormats.isKatakana(value.strip())) {
            errors.put(field, "katakana");
        }
    }

    /** Named construction of a {@link Contractor}: the one way Java code builds one (JSON goes through the record). */
    public static final class Builder {
        private String companyName;
        private String companyKana;
        private String department;
        private String name;
        private String nameKana;
        private String email;
        private String postalCode;
        private String address1;
        private String address2;
        private String phone;
        private String contactPhone;
        private List<String> contactDays = List.of();
        private List<String> contactHours = List.of();

        private Builder() {
        }

        public Builder companyName(String v) {
            companyName = v;
            return this;
        }

        public Builder companyKana(String v) {
            companyKana = v;
            return this;
        }

        public Builder department(String v) {
            department = v;
            return this;
        }

        /** 担当者氏名 (姓 名). */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /** 担当者氏名 (フリガナ). */
        public Builder nameKana(String v) {
            nameKana = v;
            return this;
        }

        public Builder email(String v) {
            email = v;
            return this;
        }

        public Builder postalCode(String v) {
            postalCode = v;
            return this;
        }

        public Builder address1(String v) {
            address1 = v;
            return this;
        }

        public Builder address2(String v) {
            address2 = v;
            return this;
        }

        public Builder phone(String v) {
            phone = v;
            return this;
        }

        public Builder contactPhone(String v) {
            contactPhone = v;
            return this;
        }

        /** Any of {@link #DAYS}; null means none. */
        public Builder contactDays(List<String> v) {
            contactDays = v == null ? List.of() : v;
            return this;
        }

        /** Any of {@link #HOURS}; null means none. */
        public Builder contactHours(List<String> v) {
            contactHours = v == null ? List.of() : v;
            return this;
        }

        public Contractor build() {
            return new Contractor(companyName, companyKana, department, name, nameKana, email, postalCode, address1, address2,
                    phone, contactPhone, contactDays, contactHours);
        }
    }
}
