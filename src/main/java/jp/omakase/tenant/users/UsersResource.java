package jp.omakase.tenant.users;

import java.util.List;
import java.util.Map;

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
import jp.omakase.tenant.ConsoleView;
import jp.omakase.tenant.groups.GroupChoices;
import jp.omakase.tenant.groups.UserGroupsResource;
import jp.omakase.tenant.security.mfa.MfaReset;

/**
 * ユーザー管理 ({@code …/tenant/{tenant}/users…}): the list, ユーザーの追加, a user's page with 変更, 無効化/有効化, 招待メールの
 * 再送, ロック解除, パスワード再設定 and 削除 (through a confirmation page). Every method starts with {@link ConsoleAccess}; a user id in the URL is
 * looked up among the tenant's members only (404 otherwise); every form carries the page layer's token; every change
 * ends on the list with its one-line result.
 */
@Produces(MediaType.TEXT_HTML)
public class UsersResource {

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;
    private final UserInvitation invitation;

    public UsersResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId, UserInvitation invitation) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
        this.invitation = invitation;
    }

    private ConsoleAccess check(String path) {
        return ConsoleAccess.check(session, pages, adminRole, tenantId, path);
    }

    /** The list; {@code group} must be one of this tenant's groups (404 otherwise, like every group id of the console). */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("group") String group,
                         @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                         @QueryParam("page") @DefaultValue("1") int page, @QueryParam(ConsoleResults.PARAM) String done) {
        ConsoleAccess a = check("users");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        UserListParams params = UserListParams.read(q, state, group, sort, dir);
        if (params.group() != null && GroupChoices.find(g, params.group()) == null) {
            return notFound();
        }
        return render(g, ConsoleView.of(g, ConsoleView.Area.USERS, done))
                .setAttribute("omakaseUsers", UserListView.of(g, params, page, users(g))).createForm("omakase-console-users.ftl");
    }

    @GET
    @Path("new")
    public Response addForm() {
        ConsoleAccess a = check("users/new");
        if (a.denied()) {
            return a.response();
        }
        return formPage(a.granted(), UserForm.empty(), Map.of(), null);
    }

    /** ユーザーの追加; a posted group that is not this tenant's answers 404 before anything is written. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> form) {
        ConsoleAccess a = check("users");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        UserForm input = UserForm.read(form);
        List<GroupModel> groups = GroupChoices.findAll(g, input.groups());
        if (groups == null) {
            return notFound();
        }
        Map<String, String> errors = input.errors();
        if (errors.isEmpty()) {
            TenantUsers.Outcome outcome = users(g).add(input, groups);
            if (outcome == TenantUsers.Outcome.EMAIL_TAKEN) {
                errors = UserPages.withFormError(Map.of(UserForm.EMAIL_FIELD, "omakaseConsoleErrorEmailTaken"),
                        "omakaseConsoleErrorEmailTaken");
            } else {
                return UserPages.done(pages, g, outcome == TenantUsers.Outcome.NO_MAIL
                        ? ConsoleResults.USER_ADDED_NO_MAIL : ConsoleResults.USER_ADDED);
            }
        }
        return formPage(g, input, errors, null);
    }

    @GET
    @Path("{user}")
    public Response user(@PathParam("user") String userId) {
        ConsoleAccess a = check("users/" + userId);
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        UserModel user = g.member(userId);
        return user == null ? notFound() : userPage(g, user, null, "omakase-console-user.ftl");
    }

    @GET
    @Path("{user}/edit")
    public Response editForm(@PathParam("user") String userId) {
        ConsoleAccess a = check("users/" + userId + "/edit");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        UserModel user = g.member(userId);
        return user == null ? notFound() : formPage(g, UserForm.of(user, users(g).isAdmin(user)), Map.of(), user);
    }

    @POST
    @Path("{user}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        ConsoleAccess a = check("users/" + userId);
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        UserModel user = g.member(userId);
        if (user == null) {
            return notFound();
        }
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        UserForm input = UserForm.read(form);
        Map<String, String> errors = input.errors();
        if (errors.isEmpty()) {
            TenantUsers.Outcome outcome = users(g).update(user, input);
            if (outcome == TenantUsers.Outcome.DONE) {
                return UserPages.done(pages, g, ConsoleResults.USER_UPDATED);
            }
            errors = switch (outcome) {
                case EMAIL_TAKEN -> UserPages.withFormError(Map.of(UserForm.EMAIL_FIELD, "omakaseConsoleErrorEmailTaken"),
                        "omakaseConsoleErrorEmailTaken");
                case SHARED -> UserPages.withFormError(Map.of(), "omakaseConsoleErrorShared");
                default -> UserPages.withFormError(Map.of(), "omakaseConsoleErrorLastAdmin");
            };
        }
        return formPage(g, input, errors, user);
    }

    @POST
    @Path("{user}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        return UserActions.run(check("users/" + userId), pages, userId, form, UserActions.Kind.DISABLE, this::users);
    }

    @POST
    @Path("{user}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        return UserActions.run(check("users/" + userId), pages, userId, form, UserActions.Kind.ENABLE, this::users);
    }

    @POST
    @Path("{user}/invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        return UserActions.run(check("users/" + userId), pages, userId, form, UserActions.Kind.INVITE, this::users);
    }

    @POST
    @Path("{user}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        return UserActions.run(check("users/" + userId), pages, userId, form, UserActions.Kind.UNLOCK, this::users);
    }

    @POST
    @Path("{user}/reset-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        return UserActions.run(check("users/" + userId), pages, userId, form, UserActions.Kind.RESET_PASSWORD, this::users);
    }

    /** 2要素目の登録を解除 (see {@link MfaReset}). */
    @POST
    @Path("{user}/reset-mfa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetMfa(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        return MfaReset.run(check("users/" + userId), pages, userId, form);
    }

    @GET
    @Path("{user}/delete")
    public Response deleteConfirm(@PathParam("user") String userId) {
        ConsoleAccess a = check("users/" + userId + "/delete");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        UserModel user = g.member(userId);
        return user == null ? notFound() : userPage(g, user, null, "omakase-console-user-delete.ftl");
    }

    @POST
    @Path("{user}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("user") String userId, MultivaluedMap<String, String> form) {
        return UserActions.run(check("users/" + userId), pages, userId, form, UserActions.Kind.DELETE, this::users);
    }

    /** The user's groups (グループ管理), from the user page. */
    @Path("{user}/groups")
    public UserGroupsResource groups(@PathParam("user") String userId) {
        return new UserGroupsResource(session, pages, adminRole, tenantId, userId);
    }

    private TenantUsers users(ConsoleAccess.Granted g) {
        return new TenantUsers(g, invitation);
    }

    private org.keycloak.forms.login.LoginFormsProvider render(ConsoleAccess.Granted g, ConsoleView layout) {
        return pages.form().setAttribute("omakaseConsole", layout);
    }

    private Response formPage(ConsoleAccess.Granted g, UserForm form, Map<String, String> errors, UserModel user) {
        String action = pages.url(g.path(user == null ? "users" : "users/" + user.getId() + "/edit")).toString();
        String back = pages.url(g.path(user == null ? "users" : "users/" + user.getId())).toString();
        return render(g, ConsoleView.of(g, ConsoleView.Area.USERS, null))
                .setAttribute("omakaseUserForm", new UserFormView(form, errors, action, back, user != null,
                        user == null ? GroupChoices.all(g) : List.of()))
                .createForm("omakase-console-user-form.ftl");
    }

    private Response userPage(ConsoleAccess.Granted g, UserModel user, String error, String template) {
        return UserPages.userPage(pages, g, user, error, template, users(g));
    }

    private Response notFound() {
        return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
    }
}
