package jp.omakase.tenant.groups;

import jp.omakase.validation.TextRules;

/** The rule of a group name, as one pure method: required, {@link TextRules}, at most {@link #MAX} characters, no slash. */
public final class GroupName {

    public static final int MAX = 100;
    public static final String FIELD = "name";

    private GroupName() {
    }

    /** The stripped name, or null when blank. */
    public static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip();
    }

    /** The message key of what is wrong with {@code name} (already {@link #clean}ed), or null when it is fine. */
    public static String problem(String name) {
        if (name == null) {
            return "omakaseConsoleErrorRequired";
        }
        String problem = TextRules.problem(name, MAX);
        if (TextRules.INVALID_CHARACTERS.equals(problem)) {
            return "omakaseConsoleErrorCharacters";
        }
        if (TextRules.TOO_LONG.equals(problem)) {
            return "omakaseConsoleErrorTooLong";
        }
        // Keycloak builds group paths with '/': a name holding one reads as two levels in paths and exports
        return name.indexOf('/') >= 0 ? "omakaseConsoleGroupErrorSlash" : null;
    }
}
