package jp.omakase.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.omakase.testing.KeycloakDist;

/**
 * The two Keycloak templates the omakase theme overrides stay copies of Keycloak's own with only the marked changes:
 * every line of the server's {@code keycloak.v2} template is in the override, except the lines listed here (the ones
 * the override replaces). A Keycloak upgrade that changes the template fails here: take its new template and apply
 * the changes marked {@code omakase:} again (docs/realms.md, "Login pages").
 */
class TemplateOverridesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "login.ftl|${msg(\"loginAccountTitle\")}"
            + "¶<#if !realm.loginWithEmailAllowed>${msg(\"username\")}<#elseif !realm.registrationEmailAsUsername>"
            + "${msg(\"usernameOrEmail\")}<#else>${msg(\"email\")}</#if>"
            + "¶<span>${msg(\"noAccount\")} <a href=\"${url.registrationUrl}\">${msg(\"doRegister\")}</a></span>",
        "login-update-password.ftl|<@field.password name=\"password-new\" label=msg(\"passwordNew\") fieldName=\"password\""
            + " autocomplete=\"new-password\" autofocus=true />"})
    void overrideKeepsKeycloaksTemplateButTheMarkedChanges(String template, String replaced) throws IOException {
        String keycloak = KeycloakDist.themeFile(KeycloakDist.home(), "theme/keycloak.v2/login/" + template)
                .orElseThrow(() -> new AssertionError("Keycloak no longer ships keycloak.v2/login/" + template));
        String ours = Files.readString(Path.of("themes/omakase/login", template));
        Set<String> oursLines = lines(ours);
        Set<String> missing = lines(keycloak).stream().filter(l -> !oursLines.contains(l))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(new LinkedHashSet<>(Arrays.asList(replaced.split("¶"))), missing,
                "Keycloak's " + template + " changed: re-apply the omakase: changes to its new version");
        assertTrue(ours.contains("omakase:"), "changes are marked");
    }

    private static Set<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
