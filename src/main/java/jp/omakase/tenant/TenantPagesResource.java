package jp.omakase.tenant;

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
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.AuthenticationManager;

import jp.omakase.provisioning.AdminConfirmation;
import jp.omakase.pages.PageRequest;

/**
 * {@code /realms/{service}/omakase/tenant/}: where a tenant administrator lands after logging in (the seed 2(6)). It
 * names the tenants (Organizations) the user administers: member of the organization and holder of the
 * tenant-administrator role. Tenant administration itself comes later.
 */
public class TenantPagesResource {

    static final String FEATURE = "tenant";

    private final KeycloakSession session;
    private final String clientId;
    private final String adminRole;
    private final PageRequest pages;

    public TenantPagesResource(KeycloakSession session, String clientId, String adminRole) {
        this.session = session;
        this.clientId = clientId;
        this.adminRole = adminRole;
        this.pages = new PageRequest(session, FEATURE, clientId);
    }

    /** A tenant the user administers. */
    public record TenantView(String id, String name, String alias) {
    }

    /** The mailed first-login link: straight to the password page (see {@link FirstLoginLink}). */
    @GET
    @Path("first-login")
    public Response firstLogin(@QueryParam("key") String key) {
        return FirstLoginLink.open(session, clientId, key);
    }

    /** The mailed link by which an existing account accepts to administer a new tenant (see {@link AdminConfirmation}). */
    @GET
    @Path("confirm-admin")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmAdminPage(@QueryParam("key") String key) {
        return AdminConfirmation.page(session, key);
    }

    @POST
    @Path("confirm-admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirmAdmin(MultivaluedMap<String, String> form) {
        return AdminConfirmation.confirm(session, form);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login("");
        }
        RealmModel realm = session.getContext().getRealm();
        UserModel user = who.getUser();
        RoleModel role = realm.getRole(adminRole);
        OrganizationProvider orgs = session.getProvider(OrganizationProvider.class);
        List<TenantView> tenants = role == null || orgs == null || !user.hasRole(role) ? List.of()
                : orgs.getByMember(user).filter(OrganizationModel::isEnabled)
                        .map(o -> new TenantView(o.getId(), o.getName(), o.getAlias())).toList();
        return pages.form()
                .setAttribute("omakaseTenants", tenants)
                .setAttribute("omakaseTenantUser", user.getEmail() == null ? user.getUsername() : user.getEmail())
                .createForm("omakase-tenant-home.ftl");
    }
}
