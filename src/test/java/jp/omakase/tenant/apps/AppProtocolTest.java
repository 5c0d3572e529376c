package jp.omakase.tenant.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ProtocolMapperModel;

import jp.omakase.tenant.apps.catalogue.AppCatalogue;
import jp.omakase.tenant.apps.catalogue.AppTemplate;
import jp.omakase.tenant.apps.catalogue.OidcSettings;
import jp.omakase.tenant.apps.catalogue.SamlSettings;
import jp.omakase.tenant.apps.catalogue.TemplateField;

/**
 * What each shipped template writes onto its Keycloak client, from the examples its fields show the administrator:
 * every example passes its own field's check, and the client gets the derived ACS URLs as redirect URIs, the first as
 * the POST endpoint, Keycloak's NameID format and a NameID mapper with the SAML URN, the signatures the template asks
 * for, one attribute mapper per named attribute, the IdP-initiated name when on (SAML); or the redirect URIs, the
 * client type and PKCE for a public client (OIDC). The client is a recording stand-in for Keycloak's ClientModel.
 */
class AppProtocolTest {

    private static final AppCatalogue SHIPPED = AppCatalogue.load(null);

    static Stream<String> templates() {
        return SHIPPED.all().stream().map(AppTemplate::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void eachTemplatesExamplesPassAndWriteTheClientTheSaasNeeds(String id) {
        AppTemplate t = SHIPPED.find(id);
        Map<String, String> examples = new HashMap<>();
        for (TemplateField f : t.fields()) {
            assertFalse(f.example() == null || f.example().isBlank(), id + "." + f.name() + " shows an example");
            examples.put(f.name(), f.example());
        }
        assertEquals(Map.of(), t.check(examples), id + ": its examples pass its checks");
        FakeClient client = new FakeClient(t.protocol().keycloakName());
        if (t.protocol() == AppTemplate.Protocol.SAML) {
            SamlSettings s = t.deriveSaml(examples);
            AppProtocol.saml(client.model(), s, "idp-name");
            assertEquals(new LinkedHashSet<>(s.acsUrls()), client.redirectUris, id);
            assertTrue(s.acsUrls().get(0).startsWith("https://"), id + ": the ACS URL is https");
            assertEquals(s.acsUrls().get(0), client.attributes.get("saml_assertion_consumer_url_post"));
            assertEquals(AppProtocol.NAME_ID.get(s.nameIdFormat())[0], client.attributes.get("saml_name_id_format"));
            assertEquals(String.valueOf(s.signAssertions()), client.attributes.get("saml.assertion.signature"));
            assertEquals(String.valueOf(s.signResponse()), client.attributes.get("saml.server.signature"));
            assertEquals("false", client.attributes.get("saml.encrypt"), id + ": no encryption without the SP's certificate");
            assertEquals(s.idpInitiated() ? "idp-name" : null, client.attributes.get(AppProtocol.IDP_INITIATED));
            ProtocolMapperModel nameId = client.mapper("nameid");
            assertNotNull(nameId, id);
            assertEquals(AppProtocol.NAME_ID.get(s.nameIdFormat())[1], nameId.getConfig().get("mapper.nameid.format"));
            assertEquals(s.nameIdSource(), nameId.getConfig().get("user.attribute"));
            s.attributes().forEach((key, name) -> {
                ProtocolMapperModel m = client.mapper(key);
                if (name.isBlank()) {
                    assertNull(m, id + ": " + key + " is not sent");
                } else {
                    assertEquals(name, m.getConfig().get("attribute.name"), id + ": " + key);
                }
            });
        } else {
            OidcSettings o = t.deriveOidc(examples);
            AppProtocol.oidc(client.model(), o);
            assertEquals(new LinkedHashSet<>(o.redirectUris()), client.redirectUris);
            assertEquals(!o.confidential(), client.publicClient);
            assertEquals(o.confidential() ? null : "S256", client.attributes.get("pkce.code.challenge.method"));
            assertEquals("true", client.attributes.get("backchannel.logout.session.required"));
        }
    }

    /** A ClientModel that records what AppProtocol writes (the methods it calls), and refuses anything else. */
    private static final class FakeClient {

        final Map<String, String> attributes = new HashMap<>();
        final List<ProtocolMapperModel> mappers = new ArrayList<>();
        Set<String> redirectUris = Set.of();
        Boolean publicClient;
        private final String protocol;

        FakeClient(String protocol) {
            this.protocol = protocol;
        }

        ProtocolMapperModel mapper(String key) {
            return mappers.stream().filter(m -> m.getName().equals(AppProtocol.MAPPER_PREFIX + key)).findFirst().orElse(null);
        }

        @SuppressWarnings("unchecked")
        ClientModel model() {
            return (ClientModel) Proxy.newProxyInstance(ClientModel.class.getClassLoader(), new Class<?>[] {ClientModel.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setRedirectUris" -> {
                            redirectUris = new LinkedHashSet<>((Set<String>) args[0]);
                            yield null;
                        }
                        case "setAttribute" -> attributes.put((String) args[0], (String) args[1]);
                        case "removeAttribute" -> attributes.remove((String) args[0]);
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "getProtocol" -> protocol;
                        case "setPublicClient" -> {
                            publicClient = (Boolean) args[0];
                            yield null;
                        }
                        case "setWebOrigins", "setFrontchannelLogout", "setBaseUrl" -> null;
                        case "getProtocolMappersStream" -> List.copyOf(mappers).stream();
                        case "removeProtocolMapper" -> {
                            mappers.remove((ProtocolMapperModel) args[0]);
                            yield null;
                        }
                        case "addProtocolMapper" -> {
                            mappers.add((ProtocolMapperModel) args[0]);
                            yield args[0];
                        }
                        case "toString" -> "FakeClient";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
