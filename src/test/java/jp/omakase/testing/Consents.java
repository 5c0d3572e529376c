package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** The operator's view of documents and consent records: {@code /admin/realms/bizid/omakase/documents} and {@code …/consents}. */
public final class Consents {

    private Consents() {
    }

    /** The consent records of {@code userId}, oldest first. */
    public static JsonNode of(TestEnvironment env, String userId) {
        return env.admin().get("/realms/bizid/omakase/consents?user=" + userId);
    }

    /** The documents in force, one entry per language. */
    public static JsonNode documents(TestEnvironment env) {
        return env.admin().get("/realms/bizid/omakase/documents");
    }

    /** The document {@code id} in {@code language} as in force now. */
    public static JsonNode document(TestEnvironment env, String id, String language) {
        for (JsonNode d : documents(env)) {
            if (id.equals(d.path("id").asText()) && language.equals(d.path("language").asText())) {
                return d;
            }
        }
        throw new AssertionError("no document " + id + " " + language + " in " + documents(env));
    }

    /** {@code record} is a consent to the text of {@code id} in force now (ja), given in {@code context}. */
    public static void assertConsentToCurrent(TestEnvironment env, JsonNode record, String id, String context) {
        JsonNode document = document(env, id, "ja");
        assertEquals(id, record.path("documentId").asText(), record.toString());
        assertEquals(document.path("version").asText(), record.path("version").asText(), record.toString());
        assertEquals("ja", record.path("language").asText(), record.toString());
        assertEquals(document.path("sha256").asText(), record.path("sha256").asText(), "the hash of the text shown: " + record);
        assertEquals(context, record.path("context").asText(), record.toString());
        Instant at = Instant.parse(record.path("acceptedAt").asText());
        assertTrue(at.isAfter(Instant.now().minusSeconds(900)) && !at.isAfter(Instant.now().plusSeconds(5)), record.toString());
    }
}
