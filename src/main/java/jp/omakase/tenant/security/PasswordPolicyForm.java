package jp.omakase.tenant.security;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * パスワードポリシー's form: fields {@link #MIN_LENGTH}, {@link #CLASSES}, {@link #HISTORY}, {@link #MAX_AGE},
 * {@link #NOT_EMAIL}, {@link #NOT_COMPANY}; a blank number is "the service's rule" (or off); a number out of its range
 * is an error, never clamped, so the administrator sees exactly what is stored.
 */
final class PasswordPolicyForm {

    static final String MIN_LENGTH = "minLength";
    static final String CLASSES = "classes";
    static final String HISTORY = "history";
    static final String MAX_AGE = "maxAgeDays";
    static final String NOT_EMAIL = "notEmail";
    static final String NOT_COMPANY = "notCompany";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private TenantPasswordPolicy policy;

    private PasswordPolicyForm() {
    }

    /** The stored rule as form values. */
    static Map<String, String> values(TenantPasswordPolicy p) {
        Map<String, String> v = new HashMap<>();
        v.put(MIN_LENGTH, p.minLength() == 0 ? "" : String.valueOf(p.minLength()));
        v.put(CLASSES, String.valueOf(p.classes() == 0 ? TenantPasswordPolicy.SERVICE_CLASSES : p.classes()));
        v.put(HISTORY, p.history() == 0 ? "" : String.valueOf(p.history()));
        v.put(MAX_AGE, p.maxAgeDays() == 0 ? "" : String.valueOf(p.maxAgeDays()));
        v.put(NOT_EMAIL, String.valueOf(p.notEmail()));
        v.put(NOT_COMPANY, String.valueOf(p.notCompany()));
        return v;
    }

    static PasswordPolicyForm parse(MultivaluedMap<String, String> form) {
        PasswordPolicyForm f = new PasswordPolicyForm();
        for (String name : new String[] {MIN_LENGTH, CLASSES, HISTORY, MAX_AGE}) {
            String v = form.getFirst(name);
            f.values.put(name, v == null ? "" : v.strip());
        }
        f.values.put(NOT_EMAIL, String.valueOf("true".equals(form.getFirst(NOT_EMAIL))));
        f.values.put(NOT_COMPANY, String.valueOf("true".equals(form.getFirst(NOT_COMPANY))));
        int min = f.number(MIN_LENGTH, TenantPasswordPolicy.SERVICE_MIN_LENGTH, TenantPasswordPolicy.MAX_MIN_LENGTH,
                "omakaseSecurityPasswordErrorMinLength");
        int classes = f.number(CLASSES, TenantPasswordPolicy.SERVICE_CLASSES, 4, "omakaseSecurityPasswordErrorClasses");
        int history = f.number(HISTORY, 1, TenantPasswordPolicy.MAX_HISTORY, "omakaseSecurityPasswordErrorHistory");
        int age = f.number(MAX_AGE, 1, TenantPasswordPolicy.MAX_AGE_LIMIT, "omakaseSecurityPasswordErrorMaxAge");
        if (f.errors.isEmpty()) {
            // the service's own values are stored as "nothing more"
            f.policy = new TenantPasswordPolicy(min == TenantPasswordPolicy.SERVICE_MIN_LENGTH ? 0 : min,
                    classes == TenantPasswordPolicy.SERVICE_CLASSES ? 0 : classes, history, age,
                    f.checked(NOT_EMAIL), f.checked(NOT_COMPANY));
        }
        return f;
    }

    /** The number in field {@code name} within [{@code min}, {@code max}], 0 when blank; else an error on the field. */
    private int number(String name, int min, int max, String errorKey) {
        String v = values.get(name);
        if (v.isEmpty()) {
            return 0;
        }
        if (v.length() > 4 || !v.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            errors.put(name, errorKey);
            return 0;
        }
        return Integer.parseInt(v);
    }

    private boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    /** The rule entered, or null when a field has an error. */
    TenantPasswordPolicy policy() {
        return policy;
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }
}
