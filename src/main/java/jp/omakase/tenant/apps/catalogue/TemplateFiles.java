package jp.omakase.tenant.apps.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.omakase.tenant.apps.catalogue.AppTemplate.Protocol;

/**
 * Parses one template file (JSON, format in {@code docs/saas-apps.md}); every problem is an
 * {@link IllegalArgumentException} naming the file and the member, so a bad operator file stops the start with a line
 * that says what to fix.
 */
final class TemplateFiles {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateFiles() {
    }

    static AppTemplate parse(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": not a JSON object");
        }
        String id = text(root, "id", source, true);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(source + ": 'id' must be 1-40 of a-z 0-9 - (starting with a letter or digit)");
        }
        String protocolWord = text(root, "protocol", source, true);
        Protocol protocol = switch (protocolWord) {
            case "saml" -> Protocol.SAML;
            case "oidc" -> Protocol.OIDC;
            default -> throw new IllegalArgumentException(source + ": 'protocol' must be saml or oidc");
        };
        Map<String, String> names = languages(root.get("name"), source + " 'name'");
        JsonNode icon = root.path("icon");
        String letter = text(icon, "letter", source + " 'icon'", true);
        String color = text(icon, "color", source + " 'icon'", true);
        if (letter.codePointCount(0, letter.length()) > 2 || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException(source + ": 'icon' needs 'letter' (1-2 characters) and 'color' (#rrggbb)");
        }
        String guide = text(root, "guide", source, false);
        if (!guide.isEmpty() && !guide.startsWith("https://")) {
            throw new IllegalArgumentException(source + ": 'guide' must be an https URL");
        }
        List<TemplateField> fields = fields(root.path("fields"), source);
        SamlSettings saml = protocol == Protocol.SAML ? TemplateSections.saml(root.get("saml"), source) : null;
        OidcSettings oidc = protocol == Protocol.OIDC ? TemplateSections.oidc(root.get("oidc"), source) : null;
        AppTemplate t = new AppTemplate(id, protocol, root.path("order").asInt(1000), names, letter, color, guide, fields, saml, oidc,
                source);
        TemplateSections.checkPlaceholders(t);
        return t;
    }

    private static List<TemplateField> fields(JsonNode array, String source) {
        List<TemplateField> fields = new ArrayList<>();
        if (array.isMissingNode()) {
            return fields;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException(source + ": 'fields' must be an array");
        }
        for (JsonNode f : array) {
            String name = text(f, "name", source + " field", true);
            String where = source + " field '" + name + "'";
            if (!FIELD_NAME.matcher(name).matches() || fields.stream().anyMatch(x -> x.name().equals(name))) {
                throw new IllegalArgumentException(where + ": the name must be unique, a letter then letters or digits");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(text(f, "pattern", where, true));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": 'pattern' is not a regular expression (" + e.getDescription() + ")");
            }
            fields.add(new TemplateField(name, languages(f.get("label"), where + " 'label'"), pattern, text(f, "example", where, false),
                    text(f, "default", where, false), f.path("list").asBoolean(false)));
        }
        return fields;
    }

    /** {@code {"ja": "…", "en": "…"}}: Japanese required, every value a non-blank string. */
    static Map<String, String> languages(JsonNode node, String where) {
        if (node == null || !node.isObject() || !node.path(AppTemplate.DEFAULT_LANGUAGE).isTextual()) {
            throw new IllegalArgumentException(where + ": an object of languages with at least \"ja\"");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank() || e.getValue().asText().length() > 200) {
                throw new IllegalArgumentException(where + ": '" + e.getKey() + "' must be a text of 1-200 characters");
            }
            out.put(e.getKey(), e.getValue().asText().strip());
        }
        return out;
    }

    /** The text member {@code name} of {@code node} ("" when absent and not required). */
    static String text(JsonNode node, String name, String where, boolean required) {
        JsonNode v = node == null ? null : node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(where + ": '" + name + "' is missing");
            }
            return "";
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + ": '" + name + "' must be a text");
        }
        if (required && v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": '" + name + "' is empty");
        }
        return v.asText().strip();
    }
}
