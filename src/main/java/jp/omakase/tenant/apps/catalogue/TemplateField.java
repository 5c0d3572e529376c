package jp.omakase.tenant.apps.catalogue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One value the administrator fills when adding an app from a template (the tenant's subdomain, a domain, an ACS URL):
 * its name (used as {@code {name}} in the template's derived values), labels by language, the pattern every value must
 * match whole, an example, a default, and whether it holds several values (one per line, {@code "list": true}).
 */
public record TemplateField(String name, Map<String, String> labels, Pattern pattern, String example, String defaultValue, boolean list) {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_VALUES = 10;

    /** The label in {@code language}, else Japanese. */
    public String label(String language) {
        return labels.getOrDefault(language, labels.get(AppTemplate.DEFAULT_LANGUAGE));
    }

    /** The values of one input: one (stripped) or, for a list, the non-blank lines. */
    public List<String> values(String input) {
        if (input == null || input.isBlank()) {
            return List.of();
        }
        if (!list) {
            return List.of(input.strip());
        }
        return input.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The message key of what is wrong with {@code input}, or null. */
    public String problem(String input) {
        List<String> values = values(input);
        if (values.isEmpty()) {
            return "omakaseConsoleErrorRequired";
        }
        if (input.length() > MAX_LENGTH || values.size() > MAX_VALUES) {
            return "omakaseConsoleErrorTooLong";
        }
        for (String v : values) {
            if (!pattern.matcher(v).matches()) {
                return "omakaseAppErrorPattern";
            }
        }
        return null;
    }
}
