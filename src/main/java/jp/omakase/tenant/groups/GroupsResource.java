package jp.omakase.tenant.groups;

import java.util.Map;
import java.util.function.BiFunction;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * グループ管理 ({@code …/tenant/{tenant}/groups…}): the tenant's Organization groups as an indented tree with member
 * counts and the create form, a group's page (members, paged; 名前の変更; メンバーの追加/削除) and 削除 (a group with members
 * or subgroups through a confirmation page). Every method starts with {@link ConsoleAccess}; a group id in the URL or
 * form is looked up among this Organization's groups only, a user id among its members only (404 otherwise).
 */
@Produces(MediaType.TEXT_HTML)
public class GroupsResource {

    static final String EMAIL_FIELD = "email";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;

    public GroupsResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
    }

    @GET
    public Response list(@QueryParam(ConsoleResults.PARAM) String done) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "groups");
        return a.denied() ? a.response() : new GroupPages(pages, a.granted()).list(done, null, null, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "groups");
        if (a.denied()) {
            return a.response();
        }
        if (!pages.csrfMatches(a.granted().who(), form)) {
            return forbidden();
        }
        GroupPages p = new GroupPages(pages, a.granted());
        String parentId = form.getFirst("parent");
        GroupModel parent = parentId == null || parentId.isBlank() ? null : p.groups().find(parentId);
        if (parent == null && parentId != null && !parentId.isBlank()) {
            return notFound();
        }
        String name = GroupName.clean(form.getFirst(GroupName.FIELD));
        String problem = nameProblem(p.groups(), parent, name, null);
        if (problem != null) {
            return p.list(null, form.getFirst(GroupName.FIELD), parentId, Map.of(GroupName.FIELD, problem));
        }
        p.groups().create(name, parent);
        return p.done(ConsoleResults.GROUP_CREATED);
    }

    @GET
    @Path("{group}")
    public Response group(@PathParam("group") String groupId, @QueryParam("page") @DefaultValue("1") int page) {
        return withGroup(groupId, "groups/" + groupId, null,
                (p, group) -> p.group(group, page, null, Map.of(), "omakase-console-group.ftl"));
    }

    @POST
    @Path("{group}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("group") String groupId, MultivaluedMap<String, String> form) {
        return withGroup(groupId, "groups/" + groupId, form, (p, group) -> {
            String name = GroupName.clean(form.getFirst(GroupName.FIELD));
            String problem = nameProblem(p.groups(), p.groups().parent(group), name, group);
            if (problem != null) {
                return p.group(group, 1, form.getFirst(GroupName.FIELD), Map.of(GroupName.FIELD, problem), "omakase-console-group.ftl");
            }
            p.groups().rename(group, name);
            return p.done(ConsoleResults.GROUP_RENAMED);
        });
    }

    @GET
    @Path("{group}/delete")
    public Response deleteConfirm(@PathParam("group") String groupId) {
        return withGroup(groupId, "groups/" + groupId + "/delete", null,
                (p, group) -> p.group(group, 1, null, Map.of(), "omakase-console-group-delete.ftl"));
    }

    @POST
    @Path("{group}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("group") String groupId, MultivaluedMap<String, String> form) {
        return withGroup(groupId, "groups/" + groupId, form, (p, group) -> {
            boolean loses = p.groups().memberCount(group) > 0 || group.getSubGroupsCount() > 0;
            if (loses && !"true".equals(form.getFirst("confirmed"))) {
                return p.group(group, 1, null, Map.of(), "omakase-console-group-delete.ftl");
            }
            p.groups().delete(group);
            return p.done(ConsoleResults.GROUP_DELETED);
        });
    }

    @POST
    @Path("{group}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("group") String groupId, MultivaluedMap<String, String> form) {
        return withGroup(groupId, "groups/" + groupId, form, (p, group) -> {
            String email = form.getFirst(EMAIL_FIELD) == null ? "" : form.getFirst(EMAIL_FIELD).strip();
            UserModel user = email.isEmpty() || email.length() > 254 ? null
                    : session.users().getUserByEmail(session.getContext().getRealm(), email);
            UserModel member = user == null ? null : p.groups().tenantMember(user.getId());
            if (member == null) {
                String key = email.isEmpty() ? "omakaseConsoleErrorRequired" : "omakaseConsoleGroupErrorNoSuchUser";
                return p.group(group, 1, null, Map.of(EMAIL_FIELD, key), "omakase-console-group.ftl");
            }
            p.groups().addMember(group, member);
            return p.back(group);
        });
    }

    @POST
    @Path("{group}/members/{user}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@PathParam("group") String groupId, @PathParam("user") String userId,
                                 MultivaluedMap<String, String> form) {
        return withGroup(groupId, "groups/" + groupId, form, (p, group) -> {
            UserModel member = p.groups().tenantMember(userId);
            if (member == null) {
                return notFound();
            }
            p.groups().removeMember(group, member);
            return p.back(group);
        });
    }

    /** The access check, the group lookup (404) and, for a post ({@code form} not null), the form token (403), then {@code page}. */
    private Response withGroup(String groupId, String path, MultivaluedMap<String, String> form,
                               BiFunction<GroupPages, GroupModel, Response> page) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, path);
        if (a.denied()) {
            return a.response();
        }
        GroupPages p = new GroupPages(pages, a.granted());
        GroupModel group = p.groups().find(groupId);
        if (group == null) {
            return notFound();
        }
        if (form != null && !pages.csrfMatches(a.granted().who(), form)) {
            return forbidden();
        }
        return page.apply(p, group);
    }

    private static String nameProblem(TenantGroups groups, GroupModel parent, String name, GroupModel self) {
        String problem = GroupName.problem(name);
        if (problem == null && groups.siblingNamed(parent, name, self)) {
            return "omakaseConsoleGroupErrorTaken";
        }
        return problem;
    }

    private Response notFound() {
        return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
    }

    private Response forbidden() {
        return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
    }
}
