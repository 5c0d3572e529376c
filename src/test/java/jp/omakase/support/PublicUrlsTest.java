package jp.omakase.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.models.RealmModel;

class PublicUrlsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "https://login.example.jp,            https://login.example.jp/",
            "https://login.example.jp/,           https://login.example.jp/",
            "HTTPS://login.example.jp:8443/auth,  https://login.example.jp:8443/auth/",
            "http://127.0.0.1:8080,               http://127.0.0.1:8080/",
            "login.example.jp,                    https://login.example.jp/",
            "'  https://login.example.jp  ',      https://login.example.jp/",
            "'',                                  NULL",
            "NULL,                                NULL",
            "https://login.example.jp/?x=1,       NULL",
            "https://user@login.example.jp/,      NULL",
            "https://,                            NULL",
            "'exa mple.jp',                       NULL"})
    void configuredValuesBecomeABaseUrlEndingWithASlash(String value, String expected) {
        URI parsed = PublicUrls.parse(value);
        assertEquals(expected, parsed == null ? null : parsed.toString());
    }

    @Test
    void theRealmsFrontendUrlComesFirstThenTheHostnameAndNeverAnythingElse() {
        PublicUrls withHostname = new PublicUrls("https://login.example.jp");
        assertEquals(URI.create("https://bizid.example.jp/"), withHostname.base(realm("bizid", "https://bizid.example.jp")).orElseThrow());
        assertEquals(URI.create("https://login.example.jp/"), withHostname.base(realm("bizid", null)).orElseThrow());
        assertEquals(URI.create("https://login.example.jp/"), withHostname.base(realm("bizid", "")).orElseThrow());

        PublicUrls without = new PublicUrls(null);
        assertEquals(Optional.empty(), without.base(realm("bizid", null)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> without.require(realm("bizid", null)));
        assertTrue(e.getMessage().contains("--hostname=") && e.getMessage().contains("bizid"), e.getMessage());
        assertEquals(URI.create("https://bizid.example.jp/"), without.base(realm("bizid", "https://bizid.example.jp")).orElseThrow());
        assertNull(PublicUrls.parse("javascript:alert(1)"));
    }

    private static RealmModel realm(String name, String frontendUrl) {
        return (RealmModel) Proxy.newProxyInstance(RealmModel.class.getClassLoader(), new Class<?>[] {RealmModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getAttribute" -> args.length == 1 && PublicUrls.REALM_FRONTEND_URL.equals(args[0]) ? frontendUrl : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
