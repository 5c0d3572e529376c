package jp.omakase.tenant.apps.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the catalogue (SaaS設定 → アプリを追加): a SaaS such as Google Workspace, or 「カスタムSAML」. It names the
 * protocol, the names by language, the icon (a letter tile), the vendor's setup guide, the fields the administrator
 * fills and the settings derived from them ({@link #derive}). Pure: no session, so every template is unit-tested.
 * Read from a file by {@link TemplateFiles}; the format is documented in {@code docs/saas-apps.md}.
 */
public record AppTemplate(String id, Protocol protocol, int order, Map<String, String> names, String iconLetter, String iconColor,
                          String guideUrl, List<TemplateField> fields, SamlSettings saml, OidcSettings oidc, String source) {

    public static final String DEFAULT_LANGUAGE = "ja";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");

    /** The protocol of an app, as Keycloak names it on the client. */
    public enum Protocol {
        SAML("saml"), OIDC("openid-connect");

        private final String keycloakName;

        Protocol(String keycloakName) {
            this.keycloakName = keycloakName;
        }

        public String keycloakName() {
            return keycloakName;
        }

        /** {@code saml} or {@code oidc} (the template file's word). */
        public String word() {
            return this == SAML ? "saml" : "oidc";
        }
    }

    public AppTemplate {
        names = Map.copyOf(names);
        fields = List.copyOf(fields);
    }

    /** The name in {@code language}, else Japanese. */
    public String name(String language) {
        return names.getOrDefault(language, names.get(DEFAULT_LANGUAGE));
    }

    /** The field {@code name}, or null. */
    public TemplateField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** Field name → message key of every field whose input is wrong (in field order); empty when all are fine. */
    public Map<String, String> check(Map<String, String> inputs) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (TemplateField f : fields) {
            String problem = f.problem(inputs.get(f.name()));
            if (problem != null) {
                errors.put(f.name(), problem);
            }
        }
        return errors;
    }

    /** The template's SAML settings with the fields filled in (call after {@link #check} found nothing). */
    public SamlSettings deriveSaml(Map<String, String> inputs) {
        return saml.withEndpoints(one(saml.entityId(), inputs), many(saml.acsUrls(), inputs));
    }

    /** The template's OIDC settings with the fields filled in (call after {@link #check} found nothing). */
    public OidcSettings deriveOidc(Map<String, String> inputs) {
        return new OidcSettings(many(oidc.redirectUris(), inputs), oidc.confidential(), one(oidc.frontchannelLogoutUrl(), inputs),
                one(oidc.backchannelLogoutUrl(), inputs), oidc.claims(), one(oidc.loginUrl(), inputs));
    }

    /** Every {@code {field}} in {@code text} replaced by the field's (first) value. */
    String one(String text, Map<String, String> inputs) {
        if (text == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            TemplateField f = field(m.group(1));
            List<String> values = f == null ? List.of() : f.values(inputs.get(f.name()));
            m.appendReplacement(out, Matcher.quoteReplacement(values.isEmpty() ? "" : values.get(0)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A list: an entry that is exactly {@code {field}} of a list field becomes all its values; others as {@link #one}. */
    List<String> many(List<String> entries, Map<String, String> inputs) {
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            Matcher m = PLACEHOLDER.matcher(e);
            TemplateField f = m.matches() ? field(m.group(1)) : null;
            if (f != null && f.list()) {
                out.addAll(f.values(inputs.get(f.name())));
            } else {
                out.add(one(e, inputs));
            }
        }
        return out;
    }

    /** The placeholders a text uses (for the loader's check that each names a field). */
    static List<String> placeholders(String text) {
        return text == null ? List.of() : PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).toList();
    }
}
