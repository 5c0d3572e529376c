package jp.omakase.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/** The validators inside Keycloak's declarative user profile, on a realm of their own. */
@KeycloakIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JapaneseFormatValidatorIT {

    private static final String REALM = "validators-it";

    private static Map<String, Object> attribute(String name, String validator) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("displayName", name);
        a.put("permissions", Map.of("view", List.of("admin", "user"), "edit", List.of("admin", "user")));
        if (validator != null) {
            a.put("validations", Map.of(validator, Map.of()));
        }
        return a;
    }

    @BeforeAll
    void realmWithJapaneseAttributes(TestEnvironment env) {
        AdminApi.Response created = env.admin().send("POST", "/realms", Map.of("realm", REALM, "enabled", true));
        assertTrue(created.status() == 201 || created.status() == 409, created.body());
        JsonNode profile = env.admin().get("/realms/" + REALM + "/users/profile");
        List<Object> attributes = new java.util.ArrayList<>();
        profile.path("attributes").forEach(a -> attributes.add(a));
        attributes.add(attribute("lastNameKana", "omakase-katakana"));
        attributes.add(attribute("phone", "omakase-phone-jp"));
        attributes.add(attribute("postalCode", "omakase-postal-code-jp"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("attributes", attributes);
        config.put("groups", profile.path("groups"));
        AdminApi.Response put = env.admin().send("PUT", "/realms/" + REALM + "/users/profile", config);
        assertEquals(200, put.status(), put.body());
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            lastNameKana | ヤマダ          | 201
            lastNameKana | やまだ          | omakaseInvalidKatakanaMessage
            lastNameKana | ﾔﾏﾀﾞ            | omakaseInvalidKatakanaMessage
            phone        | 03-1234-5678    | 201
            phone        | 03-1234-567     | omakaseInvalidPhoneMessage
            postalCode   | 100-0001        | 201
            postalCode   | １００-０００１ | omakaseInvalidPostalCodeMessage
            """)
    void userProfileRefusesValuesOutsideTheFormat(String attribute, String value, String expected, TestEnvironment env) {
        String username = "v-" + UUID.randomUUID().toString().substring(0, 8);
        AdminApi.Response r = env.admin().send("POST", "/realms/" + REALM + "/users", Map.of("username", username,
                "email", username + "@example.jp", "firstName", "太郎", "lastName", "山田", "enabled", true,
                "attributes", Map.of(attribute, List.of(value))));
        if (expected.equals("201")) {
            assertEquals(201, r.status(), r.body());
        } else {
            assertEquals(400, r.status(), r.body());
            assertTrue(r.body().contains(expected), r.body());
        }
    }
}
