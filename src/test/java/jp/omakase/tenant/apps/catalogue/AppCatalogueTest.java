package jp.omakase.tenant.apps.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue shipped in the jar, one row per template: the fields the administrator must fill (each refused when
 * empty or malformed) and what the template generates from good values (entity ID, ACS URLs, NameID format and value,
 * attribute names, redirect URIs); the operator's directory; and the loader's refusals of malformed files.
 */
class AppCatalogueTest {

    private static final AppCatalogue SHIPPED = AppCatalogue.load(null);

    /** id, field inputs, a bad input per field, entity ID or first redirect URI, first ACS URL (SAML), NameID format, email attribute. */
    static Stream<Arguments> templates() {
        return Stream.of(
                saml("google-workspace", Map.of("domain", "example.co.jp"), Map.of("domain", "https://example.co.jp"),
                        "google.com/a/example.co.jp", "https://www.google.com/a/example.co.jp/acs", "email", ""),
                saml("entra-id", Map.of("domain", "example.co.jp"), Map.of("domain", "example"),
                        "urn:federation:MicrosoftOnline", "https://login.microsoftonline.com/login.srf", "persistent", "IDPEmail"),
                saml("salesforce", Map.of("myDomain", "example-corp"), Map.of("myDomain", "Example.Corp"),
                        "https://example-corp.my.salesforce.com", "https://example-corp.my.salesforce.com", "unspecified", ""),
                saml("box", Map.of("entityId", "box.net"), Map.of("entityId", "box net"),
                        "box.net", "https://sso.services.box.net/sp/ACS.saml2", "email", "Email"),
                saml("slack", Map.of("workspace", "example-corp", "issuer", "https://slack.com"), Map.of("workspace", "-corp",
                        "issuer", "http://slack.com"), "https://slack.com", "https://example-corp.slack.com/sso/saml", "persistent",
                        "User.Email"),
                saml("zoom", Map.of("vanity", "example-corp"), Map.of("vanity", "example.corp"),
                        "example-corp.zoom.us", "https://example-corp.zoom.us/saml/SSO", "email", "email"),
                saml("kintone", Map.of("subdomain", "example-corp"), Map.of("subdomain", "example_corp"),
                        "https://example-corp.cybozu.com", "https://example-corp.cybozu.com/saml/acs", "unspecified", ""),
                saml("line-works", Map.of("entityId", "https://auth.worksmobile.com/saml2/example", "acsUrl",
                        "https://auth.worksmobile.com/saml2/example/acs"), Map.of("entityId", "auth.worksmobile.com", "acsUrl", "ftp://x"),
                        "https://auth.worksmobile.com/saml2/example", "https://auth.worksmobile.com/saml2/example/acs", "email", ""),
                saml("aws-iam-identity-center",
                        Map.of("issuerUrl", "https://ap-northeast-1.signin.aws.amazon.com/platform/saml/d-1234567890",
                        "acsUrl", "https://ap-northeast-1.signin.aws.amazon.com/platform/saml/acs/0123abcd"),
                        Map.of("issuerUrl", "https://evil.example.com/platform", "acsUrl", "https://amazon.com.evil.example/x"),
                        "https://ap-northeast-1.signin.aws.amazon.com/platform/saml/d-1234567890",
                        "https://ap-northeast-1.signin.aws.amazon.com/platform/saml/acs/0123abcd", "email", ""),
                saml("dropbox", Map.of(), Map.of(), "Dropbox", "https://www.dropbox.com/saml_login", "email", ""),
                saml("github-enterprise", Map.of("organization", "example-corp"), Map.of("organization", "example corp"),
                        "https://github.com/orgs/example-corp", "https://github.com/orgs/example-corp/saml/consume", "persistent",
                        "emails"),
                saml("custom-saml",
                        Map.of("entityId", "https://sp.example.jp/saml", "acsUrls", "https://sp.example.jp/acs\nhttp://localhost:3000/acs"),
                        Map.of("entityId", "has space", "acsUrls", "javascript:alert(1)"),
                        "https://sp.example.jp/saml", "https://sp.example.jp/acs", "email", "email"),
                Arguments.of("custom-oidc", Map.of("redirectUris", "https://rp.example.jp/cb\n\nhttp://127.0.0.1:8080/cb"),
                        Map.of("redirectUris", "http://rp.example.jp/cb"), "https://rp.example.jp/cb", null, null, null));
    }

    private static Arguments saml(String id, Map<String, String> good, Map<String, String> bad, String entityId, String acs,
                                  String nameIdFormat, String emailAttribute) {
        return Arguments.of(id, good, bad, entityId, acs, nameIdFormat, emailAttribute);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void eachTemplateNamesItsFieldsAndGeneratesTheSettings(String id, Map<String, String> good, Map<String, String> bad, String first,
                                                             String acs, String nameIdFormat, String emailAttribute) {
        AppTemplate t = SHIPPED.find(id);
        assertNotNull(t, id);
        assertFalse(t.name("ja").isBlank());
        assertFalse(t.name("en").isBlank());
        assertEquals(good.keySet(), Map.copyOf(t.fields().stream().collect(java.util.stream.Collectors.toMap(TemplateField::name,
                f -> ""))).keySet(), "the fields the administrator fills");
        assertTrue(id.startsWith("custom-") ? t.guideUrl().isEmpty() : t.guideUrl().startsWith("https://"), "the vendor's guide");
        assertTrue(t.iconLetter().length() <= 2 && t.iconColor().matches("#[0-9a-fA-F]{6}"));
        Map<String, String> empty = new HashMap<>();
        good.keySet().forEach(k -> empty.put(k, "  "));
        Map<String, String> required = new HashMap<>();
        good.keySet().forEach(k -> required.put(k, "omakaseConsoleErrorRequired"));
        assertEquals(required, t.check(empty), "every field is required");
        bad.forEach((field, value) -> {
            Map<String, String> in = new HashMap<>(good);
            in.put(field, value);
            assertEquals(Map.of(field, "omakaseAppErrorPattern"), t.check(in), field + " = " + value);
        });
        assertEquals(Map.of(), t.check(good));
        if (t.protocol() == AppTemplate.Protocol.SAML) {
            SamlSettings s = t.deriveSaml(good);
            assertEquals(first, s.entityId());
            assertEquals(acs, s.acsUrls().get(0));
            assertEquals(nameIdFormat, s.nameIdFormat());
            assertEquals(emailAttribute, s.attributes().get("email"));
            assertTrue(s.signAssertions() || s.signResponse(), "something is signed");
            assertEquals(SamlSettings.KEY_TRANSPORTS.get(0), s.keyTransport());
        } else {
            OidcSettings o = t.deriveOidc(good);
            assertEquals(List.of("https://rp.example.jp/cb", "http://127.0.0.1:8080/cb"), o.redirectUris(), "one a line, blanks dropped");
            assertTrue(o.confidential());
        }
    }

    @Test
    void theShippedCatalogueHasEveryTemplateOfTheIssueInOrder() {
        assertEquals(List.of("google-workspace", "entra-id", "salesforce", "box", "slack", "zoom", "kintone", "line-works",
                "aws-iam-identity-center", "dropbox", "github-enterprise", "custom-saml", "custom-oidc"),
                SHIPPED.all().stream().map(AppTemplate::id).toList());
        assertEquals("カスタムSAML", SHIPPED.find("custom-saml").name("ja"));
        assertEquals("Custom OIDC", SHIPPED.find("custom-oidc").name("en"));
        assertEquals("カスタムOIDC", SHIPPED.find("custom-oidc").name("fr"), "another language falls back to Japanese");
        assertNull(SHIPPED.find("nope"));
    }

    @Test
    void customSamlTakesSeveralAcsUrlsTheFirstReceivingThePost() {
        SamlSettings s = SHIPPED.find("custom-saml").deriveSaml(Map.of("entityId", "urn:example:sp", "acsUrls",
                " https://a.example.jp/acs \r\nhttps://b.example.jp/acs\n"));
        assertEquals("urn:example:sp", s.entityId());
        assertEquals(List.of("https://a.example.jp/acs", "https://b.example.jp/acs"), s.acsUrls());
    }

    @Test
    void theOperatorsDirectoryAddsAndReplacesTemplates(@TempDir Path dir) throws IOException {
        write(dir, "acme.json", """
                {"id": "acme", "protocol": "saml", "order": 5, "name": {"ja": "アクメ", "en": "Acme"},
                 "icon": {"letter": "A", "color": "#123456"}, "guide": "https://acme.example/guide",
                 "fields": [{"name": "tenant", "label": {"ja": "テナント名"}, "pattern": "[a-z]+", "example": "corp"}],
                 "saml": {"entityId": "https://{tenant}.acme.example", "acsUrls": ["https://{tenant}.acme.example/acs"],
                          "nameIdFormat": "persistent", "nameIdSource": "username", "keyTransport": "rsa-oaep-mgf1p",
                          "attributes": {"department": "dept", "groups": "memberOf"}}}
                """);
        write(dir, "zoom.json", """
                {"id": "zoom", "protocol": "oidc", "name": {"ja": "Zoom（OIDC）"}, "icon": {"letter": "Z", "color": "#000000"},
                 "oidc": {"redirectUris": ["https://zoom.example/cb"], "clientType": "public", "claims": {"groups": "groups"}}}
                """);
        write(dir, "notes.txt", "not a template");
        AppCatalogue c = AppCatalogue.load(dir);
        assertEquals("acme", c.all().get(0).id(), "order 5 comes first");
        SamlSettings acme = c.find("acme").deriveSaml(Map.of("tenant", "corp"));
        assertEquals("https://corp.acme.example", acme.entityId());
        assertEquals("rsa-oaep-mgf1p", acme.keyTransport());
        assertEquals(Map.of("lastName", "", "firstName", "", "email", "", "department", "dept", "groups", "memberOf"), acme.attributes());
        assertEquals("テナント名", c.find("acme").fields().get(0).label("en"), "a label without English falls back to Japanese");
        AppTemplate zoom = c.find("zoom");
        assertEquals(AppTemplate.Protocol.OIDC, zoom.protocol(), "the operator's file replaces the shipped one");
        assertFalse(zoom.deriveOidc(Map.of()).confidential());
        assertEquals(14, c.all().size());
    }

    @Test
    void aMalformedFileStopsTheLoadNamingTheFileAndWhatIsWrong(@TempDir Path dir) throws IOException {
        String base = "{\"id\": \"x\", \"protocol\": \"saml\", \"name\": {\"ja\": \"エックス\"},"
                + " \"icon\": {\"letter\": \"X\", \"color\": \"#000000\"},";
        Map<String, String> broken = Map.of(
                "not JSON", "{",
                "'protocol' must be saml or oidc", base.replace("\"saml\"", "\"ws-fed\"") + "\"saml\": {}}",
                "'{sub}' names no field", base + "\"saml\": {\"entityId\": \"https://{sub}.x\", \"acsUrls\": [\"https://x/acs\"]}}",
                "'acsUrls' needs at least one URL", base + "\"saml\": {\"entityId\": \"x\"}}",
                "'nameIdFormat' one of",
                base + "\"saml\": {\"entityId\": \"x\", \"acsUrls\": [\"https://x\"], \"nameIdFormat\": \"transient\"}}",
                "'pattern' is not a regular expression",
                base + "\"fields\": [{\"name\": \"a\", \"label\": {\"ja\": \"あ\"}, \"pattern\": \"[\"}],"
                        + "\"saml\": {\"entityId\": \"{a}\", \"acsUrls\": [\"https://x\"]}}",
                "at least \"ja\"", base.replace("{\"ja\": \"エックス\"}", "{\"en\": \"X\"}") + "\"saml\": {}}",
                "'guide' must be an https URL", base + "\"guide\": \"http://x\", \"saml\": {}}");
        for (Map.Entry<String, String> e : broken.entrySet()) {
            Path d = Files.createDirectories(dir.resolve("d" + Math.abs(e.getKey().hashCode())));
            write(d, "x.json", e.getValue());
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> AppCatalogue.load(d), e.getKey());
            assertTrue(thrown.getMessage().contains("x.json") && thrown.getMessage().contains(e.getKey()), thrown.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> AppCatalogue.load(dir.resolve("missing")));
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
