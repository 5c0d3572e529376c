package jp.omakase.tenant.apps;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.omakase.tenant.apps.catalogue.AppTemplate;
import jp.omakase.tenant.apps.catalogue.OidcSettings;
import jp.omakase.tenant.apps.catalogue.SamlSettings;
import jp.omakase.tenant.apps.catalogue.TemplateField;
import jp.omakase.validation.TextRules;

/**
 * The add/edit form of an app, as one pure object: the raw inputs by form field name (to show them again), the errors
 * by field (message keys) and, when there are none, the settings to write. Template fields are posted as
 * {@code field.<name>}; SAML attribute names as {@code attr.<key>}, OIDC claim names as {@code claim.<key>}.
 */
public final class AppForm {

    public static final String DISPLAY_NAME = "displayName";
    public static final String FIELD = "field.";
    public static final String ATTRIBUTE = "attr.";
    public static final String CLAIM = "claim.";
    public static final int MAX_NAME = 100;
    public static final int MAX_MAPPED_NAME = 255;
    public static final int MAX_CERTIFICATE = 16_000;
    private static final List<String> FLAGS = List.of("signAssertions", "signResponse", "encrypt", "idpInitiated");

    private final AppTemplate template;
    private final Map<String, String> inputs;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private AppForm(AppTemplate template, Map<String, String> inputs) {
        this.template = template;
        this.inputs = inputs;
    }

    /** A posted form (checkboxes absent = off). */
    public static AppForm posted(AppTemplate template, Map<String, List<String>> form) {
        Map<String, String> in = new LinkedHashMap<>();
        form.forEach((k, v) -> in.put(k, v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0)));
        FLAGS.forEach(f -> in.put(f, "true".equals(in.get(f)) ? "true" : "false"));
        AppForm f = new AppForm(template, in);
        f.check();
        return f;
    }

    /** The inputs of a new app: the template's defaults, the display name from the catalogue. */
    public static AppForm fresh(AppTemplate template, String language) {
        Map<String, String> in = new LinkedHashMap<>();
        in.put(DISPLAY_NAME, template.name(language));
        template.fields().forEach(f -> in.put(FIELD + f.name(), f.defaultValue()));
        if (template.saml() != null) {
            putSaml(in, template.saml());
        } else {
            putOidc(in, template.oidc());
        }
        return new AppForm(template, in);
    }

    /** Inputs read back from an app (the edit form); not checked. */
    public static AppForm existing(AppTemplate template, Map<String, String> inputs) {
        return new AppForm(template, new LinkedHashMap<>(inputs));
    }

    static void putSaml(Map<String, String> in, SamlSettings s) {
        in.put("nameIdFormat", s.nameIdFormat());
        in.put("nameIdSource", s.nameIdSource());
        in.put("signAssertions", String.valueOf(s.signAssertions()));
        in.put("signResponse", String.valueOf(s.signResponse()));
        in.put("encrypt", String.valueOf(s.encrypt()));
        in.put("keyTransport", s.keyTransport());
        in.put("encryptionCertificate", s.encryptionCertificate());
        in.put("idpInitiated", String.valueOf(s.idpInitiated()));
        SamlSettings.ATTRIBUTES.forEach(a -> in.put(ATTRIBUTE + a, s.attributes().getOrDefault(a, "")));
    }

    static void putOidc(Map<String, String> in, OidcSettings o) {
        in.put("clientType", o.confidential() ? "confidential" : "public");
        in.put("frontchannelLogoutUrl", o.frontchannelLogoutUrl());
        in.put("backchannelLogoutUrl", o.backchannelLogoutUrl());
        in.put("loginUrl", o.loginUrl());
        OidcSettings.CLAIMS.forEach(c -> in.put(CLAIM + c, o.claims().getOrDefault(c, "")));
    }

    private void check() {
        String name = get(DISPLAY_NAME).strip();
        String nameProblem = name.isEmpty() ? "omakaseConsoleErrorRequired" : TextRules.problem(name, MAX_NAME);
        error(DISPLAY_NAME, text(nameProblem));
        template.check(fieldInputs()).forEach((f, key) -> error(FIELD + f, key));
        if (template.saml() != null) {
            checkSaml();
        } else {
            checkOidc();
        }
    }

    private void checkSaml() {
        choice("nameIdFormat", SamlSettings.NAME_ID_FORMATS);
        choice("nameIdSource", SamlSettings.NAME_ID_SOURCES);
        choice("keyTransport", SamlSettings.KEY_TRANSPORTS);
        SamlSettings.ATTRIBUTES.forEach(a -> error(ATTRIBUTE + a, text(TextRules.problem(get(ATTRIBUTE + a).strip(), MAX_MAPPED_NAME))));
        if ("true".equals(get("encrypt"))) {
            error("encryptionCertificate", certificateProblem(get("encryptionCertificate")));
        }
        if (errors.isEmpty()) {
            firstUrlProblem(saml().acsUrls());
        }
    }

    private void checkOidc() {
        choice("clientType", List.of("confidential", "public"));
        for (String f : List.of("frontchannelLogoutUrl", "backchannelLogoutUrl", "loginUrl")) {
            String v = get(f).strip();
            error(f, v.isEmpty() ? null : AppUrls.problem(v));
        }
        OidcSettings.CLAIMS.forEach(c -> error(CLAIM + c, text(TextRules.problem(get(CLAIM + c).strip(), MAX_MAPPED_NAME))));
        if (errors.isEmpty()) {
            firstUrlProblem(oidc().redirectUris());
        }
    }

    /** A derived URL that breaks {@link AppUrls} is the error of the first template field (where it came from). */
    private void firstUrlProblem(List<String> urls) {
        for (String url : urls) {
            String problem = AppUrls.problem(url);
            if (problem != null) {
                error(template.fields().isEmpty() ? DISPLAY_NAME : FIELD + template.fields().get(0).name(), problem);
                return;
            }
        }
    }

    /** The SP's certificate: PEM (or bare base64) of one X.509 certificate. */
    static String certificateProblem(String pem) {
        if (pem == null || pem.isBlank()) {
            return "omakaseConsoleErrorRequired";
        }
        if (pem.length() > MAX_CERTIFICATE) {
            return "omakaseConsoleErrorTooLong";
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(certificateBody(pem));
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return null;
        } catch (IllegalArgumentException | CertificateException e) {
            return "omakaseAppErrorCertificate";
        }
    }

    /** The base64 body of a PEM certificate (Keycloak stores the body only). */
    public static String certificateBody(String pem) {
        return pem.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "").replaceAll("\\s", "");
    }

    private void choice(String field, List<String> allowed) {
        error(field, allowed.contains(get(field)) ? null : "omakaseAppErrorChoice");
    }

    private static String text(String problem) {
        if (TextRules.INVALID_CHARACTERS.equals(problem)) {
            return "omakaseConsoleErrorCharacters";
        }
        return TextRules.TOO_LONG.equals(problem) ? "omakaseConsoleErrorTooLong" : problem;
    }

    private void error(String field, String key) {
        if (key != null) {
            errors.putIfAbsent(field, key);
        }
    }

    public String get(String name) {
        String v = inputs.get(name);
        return v == null ? "" : v;
    }

    public AppTemplate template() {
        return template;
    }

    public Map<String, String> inputs() {
        return inputs;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String displayName() {
        return get(DISPLAY_NAME).strip();
    }

    /** The template fields' inputs by field name. */
    public Map<String, String> fieldInputs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (TemplateField f : template.fields()) {
            out.put(f.name(), get(FIELD + f.name()));
        }
        return out;
    }

    /** The SAML settings (template endpoints from the fields, the options from the form). */
    public SamlSettings saml() {
        SamlSettings endpoints = template.deriveSaml(fieldInputs());
        Map<String, String> attributes = new LinkedHashMap<>();
        SamlSettings.ATTRIBUTES.forEach(a -> attributes.put(a, get(ATTRIBUTE + a).strip()));
        boolean encrypt = "true".equals(get("encrypt"));
        return new SamlSettings(endpoints.entityId(), endpoints.acsUrls(), get("nameIdFormat"), get("nameIdSource"),
                "true".equals(get("signAssertions")), "true".equals(get("signResponse")), encrypt, get("keyTransport"),
                encrypt ? certificateBody(get("encryptionCertificate")) : "", attributes, "true".equals(get("idpInitiated")));
    }

    /** The OIDC settings (redirect URIs from the fields, the options from the form). */
    public OidcSettings oidc() {
        Map<String, String> claims = new LinkedHashMap<>();
        OidcSettings.CLAIMS.forEach(c -> claims.put(c, get(CLAIM + c).strip()));
        return new OidcSettings(template.deriveOidc(fieldInputs()).redirectUris(), "confidential".equals(get("clientType")),
                get("frontchannelLogoutUrl").strip(), get("backchannelLogoutUrl").strip(), claims, get("loginUrl").strip());
    }
}
