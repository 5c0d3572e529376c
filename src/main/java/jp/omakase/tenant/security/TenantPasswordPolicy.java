package jp.omakase.tenant.security;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.OrganizationModel;

/**
 * A tenant's password rule on top of the service's (never weaker): the one reader and writer of the Organization
 * attributes {@code omakase.password.*}. Keycloak caches Organizations with their attributes in its realm cache and
 * invalidates them cluster-wide on change, so reading this at every password change or login costs no query.
 *
 * @param minLength   minimum length, 0 = the service's (10); else 10–64
 * @param classes     character classes of upper/lower/digit/symbol required, 0 = the service's (3); else 3 or 4
 * @param history     the last N passwords may not be used again (the current one included), 0 = off; at most 24
 * @param maxAgeDays  a password older than this is changed at the next login, 0 = off; at most 3650
 * @param notEmail    the password may not contain the local part of the user's e-mail
 * @param notCompany  the password may not contain the tenant's (company's) name
 */
public record TenantPasswordPolicy(int minLength, int classes, int history, int maxAgeDays, boolean notEmail, boolean notCompany) {

    public static final String MIN_LENGTH = "omakase.password.min-length";
    public static final String CLASSES = "omakase.password.classes";
    public static final String HISTORY = "omakase.password.history";
    public static final String MAX_AGE_DAYS = "omakase.password.max-age-days";
    public static final String NOT_EMAIL = "omakase.password.not-email";
    public static final String NOT_COMPANY = "omakase.password.not-company";

    public static final int SERVICE_MIN_LENGTH = 10;
    public static final int MAX_MIN_LENGTH = 64;
    public static final int SERVICE_CLASSES = 3;
    public static final int MAX_HISTORY = 24;
    public static final int MAX_AGE_LIMIT = 3650;

    /** No rule beyond the service's. */
    public static final TenantPasswordPolicy NONE = new TenantPasswordPolicy(0, 0, 0, 0, false, false);

    /** True when the tenant asks for nothing more than the service's rule. */
    public boolean none() {
        return equals(NONE);
    }

    /** The rule of {@code tenant}; values out of range (a hand-edited attribute) are ignored, never weaken the service's. */
    public static TenantPasswordPolicy of(OrganizationModel tenant) {
        Map<String, List<String>> a = tenant.getAttributes();
        if (a == null || a.keySet().stream().noneMatch(k -> k.startsWith("omakase.password."))) {
            return NONE;
        }
        int min = number(a, MIN_LENGTH);
        int classes = number(a, CLASSES);
        int history = number(a, HISTORY);
        int age = number(a, MAX_AGE_DAYS);
        return new TenantPasswordPolicy(min >= SERVICE_MIN_LENGTH && min <= MAX_MIN_LENGTH ? min : 0,
                classes >= SERVICE_CLASSES && classes <= 4 ? classes : 0,
                history > 0 && history <= MAX_HISTORY ? history : 0,
                age > 0 && age <= MAX_AGE_LIMIT ? age : 0,
                "true".equals(first(a, NOT_EMAIL)), "true".equals(first(a, NOT_COMPANY)));
    }

    /** Writes this rule into {@code tenant}'s attributes (other attributes kept). */
    public void writeTo(OrganizationModel tenant) {
        Map<String, List<String>> a = new HashMap<>(tenant.getAttributes() == null ? Map.of() : tenant.getAttributes());
        a.keySet().removeIf(k -> k.startsWith("omakase.password."));
        attributes().forEach((k, v) -> a.put(k, List.of(v)));
        tenant.setAttributes(a);
    }

    /** The stored form of this rule: only the settings that are on. */
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        if (minLength > 0) {
            a.put(MIN_LENGTH, String.valueOf(minLength));
        }
        if (classes > 0) {
            a.put(CLASSES, String.valueOf(classes));
        }
        if (history > 0) {
            a.put(HISTORY, String.valueOf(history));
        }
        if (maxAgeDays > 0) {
            a.put(MAX_AGE_DAYS, String.valueOf(maxAgeDays));
        }
        if (notEmail) {
            a.put(NOT_EMAIL, "true");
        }
        if (notCompany) {
            a.put(NOT_COMPANY, "true");
        }
        return a;
    }

    /** The stricter of two tenants' rules (a user in two tenants follows both). */
    public TenantPasswordPolicy and(TenantPasswordPolicy o) {
        return new TenantPasswordPolicy(Math.max(minLength, o.minLength), Math.max(classes, o.classes), Math.max(history, o.history),
                maxAgeDays == 0 ? o.maxAgeDays : o.maxAgeDays == 0 ? maxAgeDays : Math.min(maxAgeDays, o.maxAgeDays),
                notEmail || o.notEmail, notCompany || o.notCompany);
    }

    private static String first(Map<String, List<String>> a, String key) {
        List<String> v = a.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static int number(Map<String, List<String>> a, String key) {
        String v = first(a, key);
        if (v == null || v.isEmpty() || v.length() > 5 || !v.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(v);
    }
}
