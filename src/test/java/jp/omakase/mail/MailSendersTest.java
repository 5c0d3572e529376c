package jp.omakase.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.StringPropertyReplacer;

/**
 * The two senders of realm-export.json as Keycloak 26.7.3's import substitution ({@link StringPropertyReplacer}, the
 * class the server applies to the file) resolves them: each realm its own variable, then the older single
 * {@code OMAKASE_MAIL_FROM}, then the default.
 */
class MailSendersTest {

    @Test
    void eachRealmHasItsOwnSender() throws IOException {
        Map<String, JsonNode> smtp = imported(Map.of("OMAKASE_BIZID_MAIL_FROM", "no-reply@id.example.jp",
                "OMAKASE_SERVICE_MAIL_FROM", "no-reply@login.example.jp", "OMAKASE_MAIL_FROM", "old@example.jp",
                "OMAKASE_SERVICE_MAIL_FROM_NAME", "サービス"));
        assertEquals("no-reply@id.example.jp", smtp.get("bizid").path("from").asText());
        assertEquals("おまかせビジネスID", smtp.get("bizid").path("fromDisplayName").asText());
        assertEquals("no-reply@login.example.jp", smtp.get("omakase").path("from").asText());
        assertEquals("サービス", smtp.get("omakase").path("fromDisplayName").asText());
    }

    @Test
    void theSingleOlderVariableStillServesBoth() throws IOException {
        Map<String, JsonNode> smtp = imported(Map.of("OMAKASE_MAIL_FROM", "old@example.jp"));
        assertEquals("old@example.jp", smtp.get("bizid").path("from").asText());
        assertEquals("old@example.jp", smtp.get("omakase").path("from").asText());
    }

    @Test
    void withoutVariablesTheDefaultsDiffer() throws IOException {
        Map<String, JsonNode> smtp = imported(Map.of());
        assertEquals("no-reply@bizid.omakase-login.localhost", smtp.get("bizid").path("from").asText());
        assertEquals("no-reply@omakase-login.localhost", smtp.get("omakase").path("from").asText());
        assertEquals("おまかせログイン", smtp.get("omakase").path("fromDisplayName").asText());
    }

    /** realm → its smtpServer after substitution with {@code env} as the environment. */
    private static Map<String, JsonNode> imported(Map<String, String> env) throws IOException {
        try (InputStream in = StringPropertyReplacer.replaceProperties(
                new ByteArrayInputStream(Files.readAllBytes(Path.of("realm-export.json"))), env::get)) {
            JsonNode realms = new ObjectMapper().readTree(in);
            return Map.of(realms.get(0).path("realm").asText(), realms.get(0).path("smtpServer"),
                    realms.get(1).path("realm").asText(), realms.get(1).path("smtpServer"));
        }
    }
}
