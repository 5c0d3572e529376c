package jp.omakase.tenant.apps.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code saml} and {@code oidc} sections of a template file, and the check that every {@code {field}} names a field. */
final class TemplateSections {

    private TemplateSections() {
    }

    static SamlSettings saml(JsonNode s, String source) {
        String where = source + " 'saml'";
        if (s == null || !s.isObject()) {
            throw new IllegalArgumentException(where + ": a SAML template needs a 'saml' object");
        }
        String format = TemplateFiles.text(s, "nameIdFormat", where, false);
        format = format.isEmpty() ? "email" : format;
        String source2 = TemplateFiles.text(s, "nameIdSource", where, false);
        source2 = source2.isEmpty() ? "email" : source2;
        String transport = TemplateFiles.text(s, "keyTransport", where, false);
        transport = transport.isEmpty() ? SamlSettings.KEY_TRANSPORTS.get(0) : transport;
        if (!SamlSettings.NAME_ID_FORMATS.contains(format) || !SamlSettings.NAME_ID_SOURCES.contains(source2)
                || !SamlSettings.KEY_TRANSPORTS.contains(transport)) {
            throw new IllegalArgumentException(where + ": 'nameIdFormat' one of " + SamlSettings.NAME_ID_FORMATS
                    + ", 'nameIdSource' one of " + SamlSettings.NAME_ID_SOURCES + ", 'keyTransport' one of " + SamlSettings.KEY_TRANSPORTS);
        }
        List<String> acs = list(s.get("acsUrls"), where + " 'acsUrls'");
        if (acs.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'acsUrls' needs at least one URL");
        }
        return new SamlSettings(TemplateFiles.text(s, "entityId", where, true), acs, format, source2,
                s.path("signAssertions").asBoolean(true), s.path("signResponse").asBoolean(true), s.path("encrypt").asBoolean(false),
                transport, "", names(s.get("attributes"), SamlSettings.ATTRIBUTES, where + " 'attributes'"),
                s.path("idpInitiated").asBoolean(true));
    }

    static OidcSettings oidc(JsonNode o, String source) {
        String where = source + " 'oidc'";
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException(where + ": an OIDC template needs an 'oidc' object");
        }
        List<String> uris = list(o.get("redirectUris"), where + " 'redirectUris'");
        if (uris.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'redirectUris' needs at least one URI");
        }
        String type = TemplateFiles.text(o, "clientType", where, false);
        if (!type.isEmpty() && !type.equals("confidential") && !type.equals("public")) {
            throw new IllegalArgumentException(where + ": 'clientType' must be confidential or public");
        }
        return new OidcSettings(uris, !type.equals("public"), TemplateFiles.text(o, "frontchannelLogoutUrl", where, false),
                TemplateFiles.text(o, "backchannelLogoutUrl", where, false),
                names(o.get("claims"), OidcSettings.CLAIMS, where + " 'claims'"), TemplateFiles.text(o, "loginUrl", where, false));
    }

    /** Every {@code {name}} in the template's derived values names one of its fields. */
    static void checkPlaceholders(AppTemplate t) {
        List<String> texts = new ArrayList<>();
        if (t.saml() != null) {
            texts.add(t.saml().entityId());
            texts.addAll(t.saml().acsUrls());
        }
        if (t.oidc() != null) {
            texts.addAll(t.oidc().redirectUris());
            texts.addAll(List.of(t.oidc().frontchannelLogoutUrl(), t.oidc().backchannelLogoutUrl(), t.oidc().loginUrl()));
        }
        for (String text : texts) {
            for (String name : AppTemplate.placeholders(text)) {
                if (t.field(name) == null) {
                    throw new IllegalArgumentException(t.source() + ": '{" + name + "}' names no field of 'fields'");
                }
            }
        }
    }

    private static List<String> list(JsonNode array, String where) {
        List<String> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException(where + ": must be an array of texts");
        }
        array.forEach(v -> {
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": must be an array of texts");
            }
            out.add(v.asText().strip());
        });
        return out;
    }

    /** {@code {"lastName": "…", …}} limited to {@code keys}; absent keys are blank (not sent). */
    private static Map<String, String> names(JsonNode node, List<String> keys, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, ""));
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k) || !node.get(k).isTextual()) {
                throw new IllegalArgumentException(where + ": '" + k + "' is not one of " + keys + " with a text");
            }
            out.put(k, node.get(k).asText().strip());
        });
        return out;
    }
}
