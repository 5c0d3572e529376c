package jp.omakase.tenant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager;

import jp.omakase.provisioning.AdminConfirmation;
import jp.omakase.provisioning.ProvisioningSettings;
import jp.omakase.tenant.bulk.CsvJobs;
import jp.omakase.tenant.users.UserInvitation;
import jp.omakase.pages.PageRequest;

/**
 * {@code /realms/{service}/omakase/tenant/}: where a tenant administrator lands after logging in (the seed 2(6)). It
 * names the tenants the user administers ({@link TenantHomeView}), each a link to its console
 * ({@code …/tenant/{tenant}/}, {@link TenantConsoleResource}), whose pages each check access first ({@link ConsoleAccess}).
 */
public class TenantPagesResource {

    static final String FEATURE = "tenant";

    private final KeycloakSession session;
    private final String clientId;
    private final String adminRole;
    private final PageRequest pages;
    private final UserInvitation invitation;
    private final CsvJobs csvJobs;

    public TenantPagesResource(KeycloakSession session, ProvisioningSettings settings, CsvJobs csvJobs) {
        this.csvJobs = csvJobs;
        this.session = session;
        this.clientId = settings.adminClientId();
        this.adminRole = settings.tenantAdminRole();
        this.pages = new PageRequest(session, FEATURE, clientId);
        this.invitation = new UserInvitation(clientId, settings.adminLinkLifespan());
    }

    /** The console of tenant {@code tenant} (an Organization id); literal paths above ({@code first-login}, …) come first. */
    @Path("{tenant}")
    public TenantConsoleResource console(@PathParam("tenant") String tenant) {
        return new TenantConsoleResource(session, pages, adminRole, tenant, new ConsoleServices(invitation, csvJobs));
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
        return AdminConfirmation.page(session, clientId, key);
    }

    @POST
    @Path("confirm-admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirmAdmin(MultivaluedMap<String, String> form) {
        return AdminConfirmation.confirm(session, clientId, adminRole, form);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login("");
        }
        return pages.form()
                .setAttribute("omakaseTenantHome", TenantHomeView.of(session, session.getContext().getRealm(), who.getUser(), adminRole,
                        pages.url("").toString()))
                .createForm("omakase-tenant-home.ftl");
    }
}
