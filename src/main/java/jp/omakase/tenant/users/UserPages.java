package jp.omakase.tenant.users;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.UserModel;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleResults;
import jp.omakase.tenant.ConsoleView;
import jp.omakase.tenant.groups.UserGroupsView;
import jp.omakase.tenant.security.mfa.MfaReset;

/** The two answers the user pages share: a user's page (details, lock, groups) and the list with a result line. */
final class UserPages {

    private UserPages() {
    }

    /** The user's page ({@code template}: the page itself or its delete confirmation), with an error line or none. */
    static Response userPage(PageRequest pages, ConsoleAccess.Granted g, UserModel user, String error, String template, TenantUsers users) {
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.USERS, null))
                .setAttribute("omakaseUser", new UserDetailView(g, user, users.isAdmin(user), error))
                .setAttribute("omakaseUserGroups", UserGroupsView.of(g, user))
                .setAttribute("omakaseUserMfa", MfaReset.UserView.of(user, pages.url(g.path("users/" + user.getId())).toString()))
                .createForm(template);
    }

    /** After a change: the list, with the one-line result named {@code result} (see {@link ConsoleResults}). */
    static Response done(PageRequest pages, ConsoleAccess.Granted g, String result) {
        return Response.seeOther(UriBuilder.fromUri(pages.url(g.path("users"))).queryParam(ConsoleResults.PARAM, result).build()).build();
    }

    /** A form's errors: the field errors and {@code formError}, the problem of the whole form (key ""). */
    static Map<String, String> withFormError(Map<String, String> fields, String formError) {
        Map<String, String> errors = new LinkedHashMap<>(fields);
        errors.put("", formError);
        return errors;
    }
}
