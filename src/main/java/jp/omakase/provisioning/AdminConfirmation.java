package jp.omakase.provisioning;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import jp.omakase.order.Contract;
import jp.omakase.order.ContractStore;
import jp.omakase.pages.PageLogin;
import jp.omakase.support.PublicUrls;

/**
 * An existing account named as a new tenant's administrator becomes it only when its owner agrees: provisioning leaves
 * the contract's {@code ADMIN_CONFIRMATION} PENDING and mails a link ({@link AdminConfirmToken}) to
 * {@code /realms/{service}/omakase/tenant/confirm-admin?key=…}. Opening it (a GET, as mail scanners do) changes
 * nothing: the owner logs in to the service realm as that account and presses the button; only that POST makes the
 * account member and administrator of the tenant, once (the link's id is revoked in Keycloak's persisted store), and
 * only the newest link of the contract works (a reissue revokes the previous one).
 */
public final class AdminConfirmation {

    static final String PATH = "confirm-admin";
    private static final String FEATURE = "tenant-confirm";
    private static final Logger LOG = Logger.getLogger(AdminConfirmation.class);

    private AdminConfirmation() {
    }

    /** Member of {@code org} and holder of the tenant-administrator role (made when missing), with admin events. */
    static void makeAdministrator(KeycloakSession s, RealmModel service, OrganizationModel org, UserModel admin,
                                  String tenantAdminRole, AdminEventBuilder events) {
        OrganizationProvider orgs = s.getProvider(OrganizationProvider.class);
        if (!org.isMember(admin)) {
            orgs.addMember(org, admin);
            events.resource(ResourceType.ORGANIZATION_MEMBERSHIP).resourcePath("organizations", org.getId(), "members", admin.getId())
                    .representation(Map.of("id", admin.getId())).success();
        }
        RoleModel role = service.getRole(tenantAdminRole);
        if (role == null) {
            role = service.addRole(tenantAdminRole);
            role.setDescription("Administrator of an Omakase Login tenant (with membership of its organization)");
        }
        if (!admin.hasDirectRole(role)) {
            admin.grantRole(role);
            events.resource(ResourceType.REALM_ROLE_MAPPING).resourcePath("users", admin.getId(), "role-mappings", "realm")
                    .representation(List.of(Map.of("id", role.getId(), "name", role.getName()))).success();
        }
    }

    /** A new confirmation link for {@code admin}, replacing (revoking) the contract's previous link. */
    static String issue(KeycloakSession session, RealmModel service, UserModel admin, Contract contract, URI baseUri,
                        ProvisioningSettings settings) {
        int now = Time.currentTime();
        AdminFirstLoginLink.revokePrevious(session, contract, now);
        int expiry = now + settings.adminLinkLifespan();
        AdminConfirmToken token = new AdminConfirmToken(UUID.randomUUID().toString(), Urls.realmIssuer(baseUri, service.getName()),
                expiry, admin.getId(), contract.id());
        String encoded = session.tokens().encode(token);
        contract.linkIssued(token.getId(), (long) expiry);
        return UriBuilder.fromUri(AdminFirstLoginLink.tenantPages(baseUri, service.getName())).path(PATH)
                .queryParam("key", encoded).build().toString();
    }

    /** The page of the link: login first (through {@code adminClientId}), then the tenant named and the button; nothing changes. */
    public static Response page(KeycloakSession session, String adminClientId, String key) {
        AuthenticationManager.AuthResult who = PageLogin.who(session);
        AdminConfirmToken token = valid(session, key);
        if (token == null) {
            return render(session, "invalid", null, null, null);
        }
        if (who == null) {
            URI back = UriBuilder.fromUri(PageLogin.url(session, "tenant", PATH)).queryParam("key", key).build();
            return PageLogin.login(session, adminClientId, back);
        }
        if (!token.getSubject().equals(who.getUser().getId())) {
            return render(session, "wrong_account", null, null, null);
        }
        Contract contract = ContractStore.of(session).find(token.getContractId()).orElse(null);
        if (!pending(contract, token)) {
            return render(session, "invalid", null, null, null);
        }
        return render(session, "ask", contract.tenantName(), key, PageLogin.csrf(who, FEATURE));
    }

    /** The button: the logged-in owner of the account becomes the tenant's administrator ({@code tenantAdminRole}). */
    public static Response confirm(KeycloakSession session, String adminClientId, String tenantAdminRole,
                                   MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = PageLogin.who(session);
        String key = form.getFirst("key");
        if (who == null || !PageLogin.csrf(who, FEATURE).equals(form.getFirst("csrf"))) {
            return PageLogin.login(session, adminClientId, PageLogin.url(session, "tenant", ""));
        }
        AdminConfirmToken token = valid(session, key);
        if (token == null) {
            return render(session, "invalid", null, null, null);
        }
        UserModel admin = who.getUser();
        if (!token.getSubject().equals(admin.getId())) {
            return render(session, "wrong_account", null, null, null);
        }
        Contract contract = ContractStore.of(session).lock(token.getContractId()).orElse(null);
        if (!pending(contract, token)) {
            return render(session, "invalid", null, null, null);
        }
        RealmModel service = session.getContext().getRealm();
        OrganizationModel org = session.getProvider(OrganizationProvider.class).getById(contract.organizationId());
        if (org == null) {
            return render(session, "invalid", null, null, null);
        }
        makeAdministrator(session, service, org, admin, tenantAdminRole, ProvisioningEvents.builder(session, service, service, admin)
                .operation(OperationType.CREATE));
        int now = Time.currentTime();
        session.revokedTokens().put(token.getId(), Math.max(60, token.getExp() - now + 60));
        contract.confirmed(System.currentTimeMillis());
        RealmModel bizid = session.realms().getRealm(contract.realmId());
        UserModel contractor = bizid == null ? null : session.users().getUserById(bizid, contract.userId());
        if (contractor != null) {
            ProvisioningEvents.step(session, bizid, contractor, contract.orderId(), contract.id(), OperationType.UPDATE,
                    "admin-confirmation", "confirmed", Map.of("adminUserId", admin.getId(), "organizationId", org.getId()));
        }
        LOG.infof("Contract %s: existing account %s confirmed and is now administrator of organization %s", contract.id(),
                admin.getId(), org.getId());
        return render(session, "done", contract.tenantName(), null, null);
    }

    private static boolean pending(Contract contract, AdminConfirmToken token) {
        return contract != null && contract.active() && contract.awaitingConfirmation()
                && token.getSubject().equals(contract.adminUserId()) && token.getId().equals(contract.adminLinkKey());
    }

    /** The token of {@code key} if it is a live, unrevoked confirmation link of this realm. */
    private static AdminConfirmToken valid(KeycloakSession session, String key) {
        if (key == null || key.isEmpty() || key.length() > 4096) {
            return null;
        }
        AdminConfirmToken token = session.tokens().decode(key, AdminConfirmToken.class);
        if (token == null || !AdminConfirmToken.TYPE.equals(token.getType()) || !token.isActive() || token.getId() == null
                || token.getSubject() == null || token.getContractId() == null || session.revokedTokens().contains(token.getId())) {
            return null;
        }
        // issued on the realm's public URL (ServiceMail), checked against the same, as the sign-up link is
        boolean ours = PublicUrls.configured().issuer(session.getContext().getRealm()).map(i -> i.equals(token.getIssuer())).orElse(false);
        return ours ? token : null;
    }

    private static Response render(KeycloakSession session, String state, String tenantName, String key, String csrf) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("state", state);
        view.put("tenantName", tenantName == null ? "" : tenantName);
        view.put("key", key == null ? "" : key);
        view.put("csrf", csrf == null ? "" : csrf);
        view.put("action", PageLogin.url(session, "tenant", PATH).toString());
        view.put("home", PageLogin.url(session, "tenant", "").toString());
        LoginFormsProvider page = session.getProvider(LoginFormsProvider.class).setAttribute("omakaseConfirm", view);
        return page.createForm("omakase-admin-confirm.ftl");
    }
}
