package jp.omakase.tenant.apps;

import java.util.List;
import java.util.Map;

import jp.omakase.tenant.apps.catalogue.OidcSettings;
import jp.omakase.tenant.apps.catalogue.SamlSettings;

/**
 * View bean {@code omakaseAppForm}: the add or edit form of one app: the template (name, icon, guide), its fields
 * (label, example, one or several values), the protocol's options with the inputs to show again and the errors by field
 * (message keys), the form's action. {@code values} are the raw inputs by form field name.
 */
public record AppFormView(boolean edit, String templateId, String templateName, String protocol, String iconLetter, String iconColor,
                          String guideUrl, List<Field> fields, Map<String, String> values, Map<String, String> errors, String action,
                          String cancelUrl) {

    /** A template field: form name ({@code field.<name>}), label, example, several values (a text area). */
    public record Field(String formName, String label, String example, boolean list) {
    }

    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<String> nameIdFormats() {
        return SamlSettings.NAME_ID_FORMATS;
    }

    public List<String> nameIdSources() {
        return SamlSettings.NAME_ID_SOURCES;
    }

    public List<String> keyTransports() {
        return SamlSettings.KEY_TRANSPORTS;
    }

    public List<String> attributes() {
        return SamlSettings.ATTRIBUTES;
    }

    public List<String> claims() {
        return OidcSettings.CLAIMS;
    }
}
