package jp.omakase.portal;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.AuthenticationManager;

import jp.omakase.pages.PageLogin;
import jp.omakase.pages.PageRequest;

/**
 * {@code /realms/{service}/omakase/portal/}: the users' portal (manual chapter ③), logged in through the public page
 * client {@link #CLIENT_ID}. ホーム: the tiles of the apps the user may use ({@link PortalApps}); プロフィール: the
 * profile, password change (Keycloak's {@code UPDATE_PASSWORD} through {@code kc_action}), the forgot-password link and
 * 「すべての端末からログアウト」 (every session of the user ends); a tenant administrator also gets the tenant pages' link.
 */
@Produces(MediaType.TEXT_HTML)
public class PortalPagesResource {

    /** The page client of the portal (realm file). */
    public static final String CLIENT_ID = "omakase-portal";
    static final String FEATURE = "portal";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** The tenant pages' feature (the console's root lists the tenants the user administers). */
    static final String TENANT_PAGES = "tenant";
    private static final Logger LOG = Logger.getLogger(PortalPagesResource.class);

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;

    public PortalPagesResource(KeycloakSession session, String adminRole) {
        this.session = session;
        this.pages = new PageRequest(session, FEATURE, CLIENT_ID);
        this.adminRole = adminRole;
    }

    /** ホーム: the apps as tiles; after a password change ({@code kc_action_status=success}) one line says so. */
    @GET
    public Response home(@QueryParam(Constants.KC_ACTION_STATUS) String actionStatus) {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login("");
        }
        RealmModel realm = session.getContext().getRealm();
        PortalView view = view(who).tiles(PortalApps.of(session, realm, who.getUser()))
                .result("success".equals(actionStatus) ? "omakasePortalPasswordChanged" : null).build();
        return pages.form().setAttribute("omakasePortal", view).createForm("omakase-portal.ftl");
    }

    /** プロフィール. */
    @GET
    @Path("profile")
    public Response profile() {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login("profile");
        }
        return pages.form().setAttribute("omakasePortal", view(who).build()).createForm("omakase-portal-profile.ftl");
    }

    /** パスワード変更: Keycloak's password page (with the realm's rule), then back to ホーム. */
    @GET
    @Path("password")
    public Response password() {
        return pages.who() == null ? pages.login("password") : pages.loginWithAction("", UPDATE_PASSWORD);
    }

    /** すべての端末からログアウト: every session of the user ends (Keycloak's backchannel logout of each), then the login. */
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOutEverywhere(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = pages.who();
        if (!pages.csrfMatches(who, form)) {
            return pages.form().setError("omakaseConsoleForbidden").createErrorPage(Response.Status.FORBIDDEN);
        }
        RealmModel realm = session.getContext().getRealm();
        UserModel user = who.getUser();
        List<UserSessionModel> sessions = session.sessions().getUserSessionsStream(realm, user).toList();
        sessions.forEach(s -> AuthenticationManager.backchannelLogout(session, s, true));
        AuthenticationManager.expireIdentityCookie(session);
        LOG.infof("Portal: user %s signed out everywhere (%d sessions)", user.getId(), sessions.size());
        return pages.redirect("");
    }

    private PortalView.Builder view(AuthenticationManager.AuthResult who) {
        RealmModel realm = session.getContext().getRealm();
        UserModel user = who.getUser();
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        List<String> tenants = orgs == null ? List.of()
                : orgs.getByMember(user).filter(OrganizationModel::isEnabled).map(OrganizationModel::getName).sorted().toList();
        RoleModel role = realm.getRole(adminRole);
        String console = role != null && user.hasRole(role) && !tenants.isEmpty()
                ? PageLogin.url(session, TENANT_PAGES, "").toString() : null;
        String forgot = UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms").path(realm.getName())
                .path("login-actions/reset-credentials").queryParam(Constants.CLIENT_ID, CLIENT_ID).build().toString();
        return new PortalView.Builder().profile(PortalView.profile(user, tenants)).base(pages.url("").toString())
                .csrf(pages.csrf(who)).consoleUrl(console).forgotPasswordUrl(forgot);
    }
}
