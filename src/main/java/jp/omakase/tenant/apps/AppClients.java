package jp.omakase.tenant.apps;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.services.managers.ClientManager;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.apps.catalogue.AppTemplate;
import jp.omakase.tenant.apps.catalogue.SamlSettings;

/**
 * The apps of one tenant as Keycloak clients of the service realm: lookups that only ever find this tenant's apps, the
 * client id rule (a SAML app's is its entity ID; an OIDC app's is generated, {@code <tenant alias>-<8 random>}; any id
 * already in the realm is refused), and create / update / read back for the form. Tenant apps never get direct access
 * grants, service accounts, token exchange, device or CIBA grants.
 */
final class AppClients {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsoleAccess.Granted access;

    AppClients(ConsoleAccess.Granted access) {
        this.access = access;
    }

    /** The app {@code id} (the client's internal id) if it is one of this tenant's, else null. */
    ClientModel find(String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return null;
        }
        ClientModel c = access.realm().getClientById(id);
        return c != null && TenantApps.belongsTo(c, access.tenant()) ? c : null;
    }

    /** True when {@code clientId} is taken in the realm by a client other than {@code self} (any tenant's, or a service client). */
    boolean taken(String clientId, ClientModel self) {
        ClientModel other = access.realm().getClientByClientId(clientId);
        return other != null && (self == null || !other.getId().equals(self.getId()));
    }

    /** A new app from a valid form: the client, its access role, our attributes and the protocol settings. */
    ClientModel create(AppForm form) {
        AppTemplate t = form.template();
        boolean saml = t.protocol() == AppTemplate.Protocol.SAML;
        ClientRepresentation rep = new ClientRepresentation();
        rep.setClientId(saml ? form.saml().entityId() : newClientId());
        rep.setProtocol(t.protocol().keycloakName());
        rep.setName(form.displayName());
        rep.setEnabled(true);
        rep.setPublicClient(!saml && !form.oidc().confidential());
        rep.setStandardFlowEnabled(true);
        rep.setImplicitFlowEnabled(false);
        rep.setDirectAccessGrantsEnabled(false);
        rep.setServiceAccountsEnabled(false);
        rep.setConsentRequired(false);
        rep.setFullScopeAllowed(false);
        rep.setFrontchannelLogout(true);
        ClientModel c = ClientManager.createClient(access.session(), access.realm(), rep);
        c.setAttribute(TenantApps.TENANT, access.tenant().getId());
        c.setAttribute(TenantApps.TEMPLATE, t.id());
        c.setAttribute(TenantApps.ASSIGNMENT, TenantApps.ASSIGN_ALL);
        c.addRole(TenantApps.ACCESS_ROLE);
        apply(c, form);
        return c;
    }

    /** Writes a valid form onto {@code c} (create and edit). */
    void apply(ClientModel c, AppForm form) {
        c.setName(form.displayName());
        c.setAttribute(TenantApps.DISPLAY_NAME, form.displayName());
        c.setDirectAccessGrantsEnabled(false);
        c.setServiceAccountsEnabled(false);
        c.setImplicitFlowEnabled(false);
        c.setAttribute("standard.token.exchange.enabled", "false");
        c.setAttribute("oauth2.device.authorization.grant.enabled", "false");
        c.setAttribute("oidc.ciba.grant.enabled", "false");
        form.fieldInputs().forEach((name, value) -> c.setAttribute(AppAttributes.FIELD_PREFIX + name, value.strip()));
        if (form.template().protocol() == AppTemplate.Protocol.SAML) {
            SamlSettings s = form.saml();
            c.setClientId(s.entityId());
            String name = c.getAttribute(AppProtocol.IDP_INITIATED);
            AppProtocol.saml(c, s, name != null ? name : idpInitiatedName());
        } else {
            AppProtocol.oidc(c, form.oidc());
            if (form.oidc().confidential() && (c.getSecret() == null || c.getSecret().isEmpty())) {
                KeycloakModelUtils.generateSecret(c);
            }
        }
    }

    /** The edit form's inputs read back from {@code c}. */
    static AppForm read(ClientModel c, AppTemplate t) {
        Map<String, String> in = new LinkedHashMap<>();
        in.put(AppForm.DISPLAY_NAME, value(c.getAttribute(TenantApps.DISPLAY_NAME), c.getName()));
        t.fields().forEach(f -> in.put(AppForm.FIELD + f.name(), value(c.getAttribute(AppAttributes.FIELD_PREFIX + f.name()), "")));
        if (t.protocol() == AppTemplate.Protocol.SAML) {
            String format = AppProtocol.NAME_ID.entrySet().stream()
                    .filter(e -> e.getValue()[0].equals(c.getAttribute("saml_name_id_format"))).map(Map.Entry::getKey)
                    .findFirst().orElse("");
            in.put("nameIdFormat", format);
            in.put("nameIdSource", value(c.getAttribute(AppAttributes.NAME_ID_SOURCE), "email"));
            in.put("signAssertions", String.valueOf("true".equals(c.getAttribute("saml.assertion.signature"))));
            in.put("signResponse", String.valueOf("true".equals(c.getAttribute("saml.server.signature"))));
            in.put("encrypt", String.valueOf("true".equals(c.getAttribute("saml.encrypt"))));
            in.put("keyTransport", value(c.getAttribute(AppAttributes.KEY_TRANSPORT), SamlSettings.KEY_TRANSPORTS.get(0)));
            in.put("encryptionCertificate", value(c.getAttribute("saml.encryption.certificate"), ""));
            in.put("idpInitiated", String.valueOf(c.getAttribute(AppProtocol.IDP_INITIATED) != null));
            SamlSettings.ATTRIBUTES.forEach(a -> in.put(AppForm.ATTRIBUTE + a, AppProtocol.mappedName(c, a)));
        } else {
            in.put("clientType", c.isPublicClient() ? "public" : "confidential");
            in.put("frontchannelLogoutUrl", value(c.getAttribute("frontchannel.logout.url"), ""));
            in.put("backchannelLogoutUrl", value(c.getAttribute("backchannel.logout.url"), ""));
            in.put("loginUrl", value(c.getBaseUrl(), ""));
            jp.omakase.tenant.apps.catalogue.OidcSettings.CLAIMS.forEach(k -> in.put(AppForm.CLAIM + k, AppProtocol.mappedName(c, k)));
        }
        return AppForm.existing(t, in);
    }

    void delete(ClientModel c) {
        access.realm().removeClient(c.getId());
    }

    /** A new client secret (the old one stops working at once); shown once by the caller. */
    String rotateSecret(ClientModel c) {
        return KeycloakModelUtils.generateSecret(c);
    }

    /** {@code <tenant alias, else the first 8 of its id>-<8 random>}, not yet used in the realm. */
    private String newClientId() {
        RealmModel realm = access.realm();
        String prefix = access.tenant().getAlias() == null || access.tenant().getAlias().isBlank()
                ? access.tenant().getId().substring(0, 8) : access.tenant().getAlias();
        String id;
        do {
            id = prefix + "-" + random8();
        } while (realm.getClientByClientId(id) != null);
        return id;
    }

    /** The IdP-initiated URL name ({@code …/protocol/saml/clients/<name>}), also unique: same shape as an OIDC client id. */
    private String idpInitiatedName() {
        return newClientId();
    }

    private static String random8() {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String value(String v, String otherwise) {
        return v == null ? otherwise : v;
    }
}
