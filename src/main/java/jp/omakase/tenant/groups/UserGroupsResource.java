package jp.omakase.tenant.groups;

import java.net.URI;

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

/**
 * A user's groups from the user page ({@code …/users/{user}/groups}): add the user to one of the tenant's groups, or
 * take them out of one. The access check first; the user among the tenant's members only and the group among its
 * groups only (404 otherwise); the form token (403); back to the user page.
 */
@Produces(MediaType.TEXT_HTML)
public class UserGroupsResource {

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;
    private final String userId;

    public UserGroupsResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId, String userId) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
        this.userId = userId;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> form) {
        return change(form.getFirst("group"), form, true);
    }

    @POST
    @Path("{group}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("group") String groupId, MultivaluedMap<String, String> form) {
        return change(groupId, form, false);
    }

    private Response change(String groupId, MultivaluedMap<String, String> form, boolean join) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "users/" + userId);
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        TenantGroups groups = new TenantGroups(g);
        UserModel user = g.member(userId);
        GroupModel group = groups.find(groupId);
        if (user == null || group == null) {
            return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
        }
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        if (join) {
            groups.addMember(group, user);
        } else {
            groups.removeMember(group, user);
        }
        return Response.seeOther(URI.create(pages.url(g.path("users/" + user.getId())).toString())).build();
    }
}
