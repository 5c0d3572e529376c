package jp.omakase.tenant.signins;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleView;

/**
 * ログイン履歴 ({@code …/tenant/{tenant}/sign-ins}): the tenant's members' logins and failed logins from Keycloak's event
 * store, filtered by a member's e-mail and a date range, 50 a page, and the same as CSV ({@code sign-ins/csv}). Every
 * method starts with {@link ConsoleAccess}; only events of this tenant's members are ever read ({@link SignInQuery}).
 */
@Produces(MediaType.TEXT_HTML)
public class SignInsResource {

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;

    public SignInsResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
    }

    @GET
    public Response list(@QueryParam("email") String email, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") @DefaultValue("1") int page) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "sign-ins");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.SIGN_INS, null))
                .setAttribute("omakaseSignIns", SignInsView.of(g, SignInFilter.read(g, email, from, to), page))
                .createForm("omakase-console-sign-ins.ftl");
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("email") String email, @QueryParam("from") String from, @QueryParam("to") String to) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "sign-ins");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        return Response.ok(SignInCsv.write(g, SignInFilter.read(g, email, from, to)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sign-ins.csv\"")
                .header("Cache-Control", "no-store").build();
    }
}
