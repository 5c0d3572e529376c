package jp.omakase.tenant.security;

import java.util.Map;

/**
 * View bean of a security settings form ({@code omakaseSecurityForm}): the values to show (as entered after an error,
 * else as stored), the errors by field (message keys), the form's action and, for アクセス制限, the administrator's own
 * address and whether saving needs the explicit lock-out confirmation.
 */
public record SettingsForm(Map<String, String> values, Map<String, String> errors, String action, String currentAddress,
                           boolean confirmNeeded) {

    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    /** The message key of the field's error, or null. */
    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
