package jp.omakase.tenant.apps.catalogue;

import java.util.List;
import java.util.Map;

/**
 * What a SAML app sends and where: the SP's entity ID (the client id) and ACS URLs (the first is the POST binding's
 * URL, every one is an accepted redirect URI), the NameID format ({@link #NAME_ID_FORMATS}) and its value
 * ({@link #NAME_ID_SOURCES}), signatures, assertion encryption with its key transport ({@link #KEY_TRANSPORTS}, the
 * SP's certificate in PEM), the SAML attribute name for each user value of {@link #ATTRIBUTES} (blank: not sent) and
 * whether IdP-initiated login is on.
 */
public record SamlSettings(String entityId, List<String> acsUrls, String nameIdFormat, String nameIdSource, boolean signAssertions,
                           boolean signResponse, boolean encrypt, String keyTransport, String encryptionCertificate,
                           Map<String, String> attributes, boolean idpInitiated) {

    public static final List<String> NAME_ID_FORMATS = List.of("email", "persistent", "unspecified");
    public static final List<String> NAME_ID_SOURCES = List.of("email", "username");
    /** Keycloak 26's default (RSA-OAEP, SHA-256 MGF) and the older RSA-OAEP with MGF1-SHA1 many SPs need. */
    public static final List<String> KEY_TRANSPORTS = List.of("rsa-oaep-sha256", "rsa-oaep-mgf1p");
    /** 姓, 名, メール, 部署, groups. */
    public static final List<String> ATTRIBUTES = List.of("lastName", "firstName", "email", "department", "groups");

    public SamlSettings {
        acsUrls = List.copyOf(acsUrls);
        attributes = Map.copyOf(attributes);
    }

    /** The same settings with another entity ID and ACS URLs (derived from the template's fields). */
    public SamlSettings withEndpoints(String newEntityId, List<String> newAcsUrls) {
        return new SamlSettings(newEntityId, newAcsUrls, nameIdFormat, nameIdSource, signAssertions, signResponse, encrypt,
                keyTransport, encryptionCertificate, attributes, idpInitiated);
    }
}
