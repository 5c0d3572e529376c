package jp.omakase.tenant.apps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.ClientModel;
import org.keycloak.models.ProtocolMapperModel;

import jp.omakase.tenant.apps.catalogue.OidcSettings;
import jp.omakase.tenant.apps.catalogue.SamlSettings;

/**
 * Writes an app's protocol settings onto its Keycloak client with Keycloak's own attribute names and mapper types
 * ({@code SamlConfigAttributes}, {@code OIDCConfigAttributes}): the mappers this class adds are named
 * {@code omakase <key>} and replaced as a whole on every save; other mappers (Keycloak's defaults) are left alone.
 */
final class AppProtocol {

    static final String MAPPER_PREFIX = "omakase ";
    static final String IDP_INITIATED = "saml_idp_initiated_sso_url_name";
    /** Keycloak 26's default key transport (RSA-OAEP, SHA-256 digest and MGF) and the older RSA-OAEP-MGF1P (SHA-1). */
    static final Map<String, String[]> KEY_TRANSPORT = Map.of(
            "rsa-oaep-sha256", new String[] {"http://www.w3.org/2009/xmlenc11#rsa-oaep", "http://www.w3.org/2001/04/xmlenc#sha256",
                "http://www.w3.org/2009/xmlenc11#mgf1sha256"},
            "rsa-oaep-mgf1p", new String[] {"http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p", "http://www.w3.org/2000/09/xmldsig#sha1",
                null});
    /** Our NameID format word → Keycloak's client attribute value and the SAML URN. */
    static final Map<String, String[]> NAME_ID = Map.of(
            "email", new String[] {"email", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"},
            "persistent", new String[] {"persistent", "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"},
            "unspecified", new String[] {"username", "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"});
    /** SAML attribute keys read from the user's properties (the rest from attributes or groups). */
    private static final List<String> PROPERTIES = List.of("lastName", "firstName", "email");

    private AppProtocol() {
    }

    static void saml(ClientModel c, SamlSettings s, String idpInitiatedName) {
        c.setRedirectUris(new java.util.HashSet<>(s.acsUrls()));
        c.setAttribute("saml_assertion_consumer_url_post", s.acsUrls().get(0));
        c.setAttribute("saml_name_id_format", NAME_ID.get(s.nameIdFormat())[0]);
        c.setAttribute("saml_force_name_id_format", "true");
        c.setAttribute("saml.assertion.signature", String.valueOf(s.signAssertions()));
        c.setAttribute("saml.server.signature", String.valueOf(s.signResponse()));
        c.setAttribute("saml.signature.algorithm", "RSA_SHA256");
        c.setAttribute("saml.force.post.binding", "true");
        c.setAttribute("saml.authnstatement", "true");
        // SaaS SPs rarely register a signing key with the IdP: AuthnRequests are accepted unsigned
        c.setAttribute("saml.client.signature", "false");
        c.setAttribute("saml.encrypt", String.valueOf(s.encrypt()));
        String[] transport = KEY_TRANSPORT.get(s.keyTransport());
        c.setAttribute("saml.encryption.keyAlgorithm", transport[0]);
        c.setAttribute("saml.encryption.digestMethod", transport[1]);
        set(c, "saml.encryption.maskGenerationFunction", transport[2]);
        set(c, "saml.encryption.certificate", s.encrypt() ? s.encryptionCertificate() : null);
        set(c, IDP_INITIATED, s.idpInitiated() ? idpInitiatedName : null);
        c.setAttribute(AppAttributes.KEY_TRANSPORT, s.keyTransport());
        c.setAttribute(AppAttributes.NAME_ID_SOURCE, s.nameIdSource());
        removeOurMappers(c);
        add(c, "saml", "nameid", "saml-user-attribute-nameid-mapper",
                Map.of("mapper.nameid.format", NAME_ID.get(s.nameIdFormat())[1], "user.attribute", s.nameIdSource()));
        s.attributes().forEach((key, name) -> {
            if (!name.isBlank()) {
                add(c, "saml", key, samlMapperType(key), samlMapperConfig(key, name));
            }
        });
    }

    static void oidc(ClientModel c, OidcSettings o) {
        c.setRedirectUris(new java.util.HashSet<>(o.redirectUris()));
        c.setWebOrigins(new java.util.HashSet<>(List.of("+")));
        c.setPublicClient(!o.confidential());
        set(c, "pkce.code.challenge.method", o.confidential() ? null : "S256");
        c.setAttribute("post.logout.redirect.uris", "+");
        c.setFrontchannelLogout(!o.frontchannelLogoutUrl().isEmpty());
        set(c, "frontchannel.logout.url", blankToNull(o.frontchannelLogoutUrl()));
        set(c, "backchannel.logout.url", blankToNull(o.backchannelLogoutUrl()));
        c.setAttribute("backchannel.logout.session.required", "true");
        c.setBaseUrl(blankToNull(o.loginUrl()));
        removeOurMappers(c);
        String department = o.claims().getOrDefault("department", "");
        if (!department.isBlank()) {
            add(c, "openid-connect", "department", "oidc-usermodel-attribute-mapper", claimConfig(department, Map.of(
                    "user.attribute", "department", "jsonType.label", "String")));
        }
        String groups = o.claims().getOrDefault("groups", "");
        if (!groups.isBlank()) {
            add(c, "openid-connect", "groups", "oidc-group-membership-mapper", claimConfig(groups, Map.of("full.path", "false")));
        }
    }

    /** The attribute or claim name of our mapper {@code key} on {@code c}, or "". */
    static String mappedName(ClientModel c, String key) {
        ProtocolMapperModel m = c.getProtocolMapperByName(c.getProtocol(), MAPPER_PREFIX + key);
        if (m == null) {
            return "";
        }
        String name = m.getConfig().get("saml".equals(c.getProtocol()) ? "attribute.name" : "claim.name");
        return name == null ? "" : name;
    }

    private static String samlMapperType(String key) {
        if (PROPERTIES.contains(key)) {
            return "saml-user-property-mapper";
        }
        return "groups".equals(key) ? "saml-group-membership-mapper" : "saml-user-attribute-mapper";
    }

    private static Map<String, String> samlMapperConfig(String key, String name) {
        Map<String, String> config = new HashMap<>(Map.of("attribute.name", name, "attribute.nameformat", "Basic"));
        if ("groups".equals(key)) {
            config.put("full.path", "false");
            config.put("single", "false");
        } else {
            config.put("user.attribute", key);
        }
        return config;
    }

    private static Map<String, String> claimConfig(String claim, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(extra);
        config.put("claim.name", claim);
        config.put("id.token.claim", "true");
        config.put("access.token.claim", "true");
        config.put("userinfo.token.claim", "true");
        return config;
    }

    private static void add(ClientModel c, String protocol, String key, String type, Map<String, String> config) {
        ProtocolMapperModel m = new ProtocolMapperModel();
        m.setName(MAPPER_PREFIX + key);
        m.setProtocol(protocol);
        m.setProtocolMapper(type);
        m.setConfig(new HashMap<>(config));
        c.addProtocolMapper(m);
    }

    private static void removeOurMappers(ClientModel c) {
        c.getProtocolMappersStream().filter(m -> m.getName().startsWith(MAPPER_PREFIX)).toList().forEach(c::removeProtocolMapper);
    }

    private static void set(ClientModel c, String name, String value) {
        if (value == null) {
            c.removeAttribute(name);
        } else {
            c.setAttribute(name, value);
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
