package jp.omakase.tenant.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.omakase.tenant.apps.catalogue.AppCatalogue;
import jp.omakase.tenant.apps.catalogue.AppTemplate;
import jp.omakase.tenant.apps.catalogue.OidcSettings;
import jp.omakase.tenant.apps.catalogue.SamlSettings;

/**
 * The add/edit form of an app without a server: the URL rule (https, http only for this machine, no fragment, user info or
 * wildcard), the SAML options (choices, encryption needs a readable certificate, attribute names), the OIDC options
 * (client type, optional logout and login URLs), the display name, and what a valid form writes.
 */
class AppFormTest {

    private static final AppCatalogue CATALOGUE = AppCatalogue.load(null);

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "https://sp.example.jp/acs, null",
            "http://localhost:3000/cb, null",
            "http://127.0.0.1/cb, null",
            "http://[::1]:8080/cb, null",
            "http://sp.example.jp/acs, omakaseAppErrorHttps",
            "ftp://sp.example.jp/acs, omakaseAppErrorHttps",
            "javascript:alert(1), omakaseAppErrorUrl",
            "/relative/cb, omakaseAppErrorUrl",
            "https://sp.example.jp/*, omakaseAppErrorUrl",
            "https://user@sp.example.jp/cb, omakaseAppErrorUrl",
            "https://sp.example.jp/cb#frag, omakaseAppErrorUrl",
            "https://sp.example.jp/a b, omakaseAppErrorUrl",
            "'', omakaseConsoleErrorRequired"})
    void urlsAreHttpsExceptOnThisMachine(String url, String expected) {
        assertEquals(expected, AppUrls.problem(url));
    }

    @Test
    void aFreshFormCarriesTheTemplatesDefaults() {
        AppForm f = AppForm.fresh(CATALOGUE.find("slack"), "ja");
        assertEquals("Slack", f.get(AppForm.DISPLAY_NAME));
        assertEquals("https://slack.com", f.get("field.issuer"), "a field's default");
        assertEquals("persistent", f.get("nameIdFormat"));
        assertEquals("User.Email", f.get("attr.email"));
        assertEquals("true", f.get("idpInitiated"));
        assertEquals("confidential", AppForm.fresh(CATALOGUE.find("custom-oidc"), "en").get("clientType"));
    }

    @Test
    void aValidSamlFormGivesTheSettingsToWrite() throws IOException {
        Map<String, List<String>> form = saml();
        form.put("encrypt", List.of("true"));
        form.put("keyTransport", List.of("rsa-oaep-mgf1p"));
        form.put("encryptionCertificate", List.of(certificate()));
        form.put("attr.department", List.of("  dept "));
        form.remove("idpInitiated");
        AppForm f = AppForm.posted(CATALOGUE.find("custom-saml"), form);
        assertEquals(Map.of(), f.errors());
        SamlSettings s = f.saml();
        assertEquals("https://sp.example.jp/saml", s.entityId());
        assertEquals(List.of("https://sp.example.jp/acs", "https://sp.example.jp/acs2"), s.acsUrls());
        assertEquals("persistent", s.nameIdFormat());
        assertEquals("username", s.nameIdSource());
        assertTrue(s.encrypt());
        assertEquals("rsa-oaep-mgf1p", s.keyTransport());
        assertFalse(s.encryptionCertificate().contains("BEGIN") || s.encryptionCertificate().contains("\n"),
                "the body, as Keycloak keeps it");
        assertEquals("dept", s.attributes().get("department"));
        assertEquals("", s.attributes().get("groups"), "blank: not sent");
        assertFalse(s.idpInitiated(), "an unticked box is off");
        assertFalse(s.signResponse());
        assertEquals("自社ポータル", f.displayName());
    }

    @Test
    void samlErrorsStandNextToTheirFields() {
        Map<String, List<String>> form = saml();
        form.put("displayName", List.of(" "));
        form.put("field.acsUrls", List.of("http://sp.example.jp/acs"));
        form.put("nameIdFormat", List.of("transient"));
        form.put("keyTransport", List.of("rsa-1_5"));
        form.put("encrypt", List.of("true"));
        form.put("encryptionCertificate", List.of("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----"));
        form.put("attr.groups", List.of("a\u202Eb"));
        AppForm f = AppForm.posted(CATALOGUE.find("custom-saml"), form);
        assertEquals(Map.of("displayName", "omakaseConsoleErrorRequired", "field.acsUrls", "omakaseAppErrorPattern",
                "nameIdFormat", "omakaseAppErrorChoice", "keyTransport", "omakaseAppErrorChoice",
                "encryptionCertificate", "omakaseAppErrorCertificate", "attr.groups", "omakaseConsoleErrorCharacters"), f.errors());
        form.put("encryptionCertificate", List.of(""));
        assertEquals("omakaseConsoleErrorRequired",
                AppForm.posted(CATALOGUE.find("custom-saml"), form).errors().get("encryptionCertificate"));
        form.put("displayName", List.of("あ".repeat(101)));
        assertEquals("omakaseConsoleErrorTooLong", AppForm.posted(CATALOGUE.find("custom-saml"), form).errors().get("displayName"));
    }

    @Test
    void anAcsUrlOnThisMachineIsAcceptedForDevelopment() {
        Map<String, List<String>> form = saml();
        form.put("field.acsUrls", List.of("http://localhost/acs"));
        assertTrue(AppForm.posted(CATALOGUE.find("custom-saml"), form).valid(), "localhost is fine");
    }

    @Test
    void anOidcFormGivesPublicWithPkceOrConfidentialAndOptionalUrls() {
        AppTemplate t = CATALOGUE.find("custom-oidc");
        Map<String, List<String>> form = new HashMap<>(Map.of("displayName", List.of("社内RP"), "field.redirectUris",
                List.of("https://rp.example.jp/cb"), "clientType", List.of("public"), "frontchannelLogoutUrl", List.of(""),
                "backchannelLogoutUrl", List.of("https://rp.example.jp/bc"), "loginUrl", List.of("https://rp.example.jp/login"),
                "claim.groups", List.of("groups")));
        AppForm f = AppForm.posted(t, form);
        assertEquals(Map.of(), f.errors());
        OidcSettings o = f.oidc();
        assertFalse(o.confidential());
        assertEquals(List.of("https://rp.example.jp/cb"), o.redirectUris());
        assertEquals("", o.frontchannelLogoutUrl());
        assertEquals("https://rp.example.jp/bc", o.backchannelLogoutUrl());
        assertEquals(Map.of("department", "", "groups", "groups"), o.claims());
        form.put("clientType", List.of("secretless"));
        form.put("backchannelLogoutUrl", List.of("http://rp.example.jp/bc"));
        form.put("field.redirectUris", List.of("https://rp.example.jp/*"));
        assertEquals(Map.of("clientType", "omakaseAppErrorChoice", "backchannelLogoutUrl", "omakaseAppErrorHttps"),
                AppForm.posted(t, form).errors(), "field errors first; the derived URIs are checked once the rest is right");
        form.put("clientType", List.of("confidential"));
        form.put("backchannelLogoutUrl", List.of(""));
        assertEquals(Map.of("field.redirectUris", "omakaseAppErrorUrl"), AppForm.posted(t, form).errors(), "no wildcard redirect URI");
    }

    @Test
    void aCertificateIsReadAsPemOrBareBase64() throws IOException {
        String pem = certificate();
        assertNull(AppForm.certificateProblem(pem));
        assertNull(AppForm.certificateProblem(AppForm.certificateBody(pem)));
        assertEquals("omakaseAppErrorCertificate", AppForm.certificateProblem("%%%"));
    }

    private static Map<String, List<String>> saml() {
        Map<String, List<String>> form = new HashMap<>();
        form.put("displayName", List.of(" 自社ポータル "));
        form.put("field.entityId", List.of("https://sp.example.jp/saml"));
        form.put("field.acsUrls", List.of("https://sp.example.jp/acs\nhttps://sp.example.jp/acs2"));
        form.put("nameIdFormat", List.of("persistent"));
        form.put("nameIdSource", List.of("username"));
        form.put("signAssertions", List.of("true"));
        form.put("keyTransport", List.of("rsa-oaep-sha256"));
        form.put("idpInitiated", List.of("true"));
        return form;
    }

    static String certificate() throws IOException {
        try (InputStream in = AppFormTest.class.getResourceAsStream("sp-encryption.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
