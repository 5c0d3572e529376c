package jp.omakase.tenant.apps;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleResults;

/**
 * 利用者の割り当て of one app ({@code …/apps/{app}/assignment…}): all members or the chosen ones, and the chosen groups and
 * users (the app's client role {@link TenantApps#ACCESS_ROLE} granted or revoked). Every method goes through
 * {@link AppsResource#withApp} (access check, this tenant's app, form token); groups and users are this tenant's only.
 */
@Produces(MediaType.TEXT_HTML)
public class AppAssignmentResource {

    static final String MODE = "assignment";
    static final String GROUP = "group";
    static final String EMAIL = "email";

    private final KeycloakSession session;
    private final AppsResource apps;
    private final PageRequest pages;
    private final String appId;

    AppAssignmentResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId, String appId) {
        this.session = session;
        this.pages = pages;
        this.apps = new AppsResource(session, pages, adminRole, tenantId);
        this.appId = appId;
    }

    /** 全員 or 選んだグループ・ユーザー. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mode(MultivaluedMap<String, String> form) {
        return apps.withApp(appId, path(), form, (p, app) -> {
            String mode = form.getFirst(MODE);
            if (!TenantApps.ASSIGN_ALL.equals(mode) && !TenantApps.ASSIGN_CHOSEN.equals(mode)) {
                return p.app(app, null, null);
            }
            new AppAssignment(p.granted()).mode(app, TenantApps.ASSIGN_ALL.equals(mode));
            return p.back(app, ConsoleResults.APP_ASSIGNMENT_SAVED);
        });
    }

    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addGroup(MultivaluedMap<String, String> form) {
        return apps.withApp(appId, path(), form, (p, app) -> {
            AppAssignment a = new AppAssignment(p.granted());
            GroupModel group = a.groups().find(form.getFirst(GROUP));
            if (group == null) {
                return notFound();
            }
            a.grant(app, group);
            return p.back(app, null);
        });
    }

    @POST
    @Path("groups/{group}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeGroup(@PathParam("group") String groupId, MultivaluedMap<String, String> form) {
        return apps.withApp(appId, path(), form, (p, app) -> {
            AppAssignment a = new AppAssignment(p.granted());
            GroupModel group = a.groups().find(groupId);
            if (group == null) {
                return notFound();
            }
            a.revoke(app, group);
            return p.back(app, null);
        });
    }

    /** A member by e-mail: an address of nobody in this tenant gets the same line whoever has it. */
    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addUser(MultivaluedMap<String, String> form) {
        return apps.withApp(appId, path(), form, (p, app) -> {
            String email = form.getFirst(EMAIL) == null ? "" : form.getFirst(EMAIL).strip();
            UserModel user = email.isEmpty() || email.length() > 254 ? null
                    : session.users().getUserByEmail(p.granted().realm(), email);
            UserModel member = user == null ? null : p.granted().member(user.getId());
            if (member == null) {
                return p.app(app, null, email.isEmpty() ? "omakaseConsoleErrorRequired" : "omakaseConsoleGroupErrorNoSuchUser");
            }
            new AppAssignment(p.granted()).grant(app, member);
            return p.back(app, null);
        });
    }

    @POST
    @Path("users/{user}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeUser(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        return apps.withApp(appId, path(), form, (p, app) -> {
            UserModel member = p.granted().member(userId);
            if (member == null) {
                return notFound();
            }
            new AppAssignment(p.granted()).revoke(app, member);
            return p.back(app, null);
        });
    }

    private String path() {
        return "apps/" + appId;
    }

    private Response notFound() {
        return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
    }
}
