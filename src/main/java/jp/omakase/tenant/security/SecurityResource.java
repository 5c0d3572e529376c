package jp.omakase.tenant.security;

import java.util.List;
import java.util.Map;

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
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleEvents;
import jp.omakase.tenant.ConsoleResults;
import jp.omakase.tenant.ConsoleView;

/**
 * セキュリティ設定 ({@code …/tenant/{tenant}/security…}): the index of the three settings pages (多要素認証 is its own
 * resource), パスワードポリシー ({@code security/password}) and アクセス制限 ({@code security/networks}). Every method
 * starts with {@link ConsoleAccess}; posts check the form token; the settings are written to the caller's tenant only
 * (the Organization named in the URL, of which the caller is an administrating member), with an admin event.
 */
@Produces(MediaType.TEXT_HTML)
public class SecurityResource {

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;

    public SecurityResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
    }

    /** The index: one link a settings page, with the state of the two built here. */
    @GET
    public Response index(@QueryParam(ConsoleResults.PARAM) String done) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "security");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.SECURITY, done))
                .setAttribute("omakaseSecurity", new SecurityIndexView(TenantPasswordPolicy.of(g.tenant()), TenantNetworks.of(g.tenant())))
                .createForm("omakase-console-security.ftl");
    }

    @GET
    @Path("password")
    public Response password() {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "security/password");
        if (a.denied()) {
            return a.response();
        }
        return passwordPage(a.granted(), PasswordPolicyForm.values(TenantPasswordPolicy.of(a.granted().tenant())), Map.of());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePassword(MultivaluedMap<String, String> form) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "security/password");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        PasswordPolicyForm f = PasswordPolicyForm.parse(form);
        if (f.policy() == null) {
            return passwordPage(g, f.values(), f.errors());
        }
        f.policy().writeTo(g.tenant());
        ConsoleEvents.record(g, OperationType.UPDATE, ResourceType.ORGANIZATION, "organizations/" + g.tenant().getId(),
                "password-policy-saved", Map.of("settings", List.copyOf(f.policy().attributes().keySet())));
        return done(g, ConsoleResults.PASSWORD_POLICY_SAVED);
    }

    @GET
    @Path("networks")
    public Response networks() {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "security/networks");
        if (a.denied()) {
            return a.response();
        }
        return networksPage(a.granted(), NetworksForm.values(TenantNetworks.of(a.granted().tenant())), Map.of(), false);
    }

    @POST
    @Path("networks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveNetworks(MultivaluedMap<String, String> form) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "security/networks");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        NetworksForm f = NetworksForm.parse(form);
        if (f.networks() == null) {
            Map<String, String> values = new java.util.HashMap<>(f.values());
            values.put("badLine", String.valueOf(f.badLine()));
            return networksPage(g, values, f.errors(), false);
        }
        // the caller would lock themselves out: only with the explicit confirmation
        if (!f.networks().allows(currentAddress(), true) && !f.confirmed()) {
            return networksPage(g, f.values(), Map.of(NetworksForm.CONFIRM, "omakaseSecurityNetworksErrorLockout"), true);
        }
        f.networks().writeTo(g.tenant());
        ConsoleEvents.record(g, OperationType.UPDATE, ResourceType.ORGANIZATION, "organizations/" + g.tenant().getId(),
                "networks-saved", Map.of("ranges", f.networks().ranges().size(), "scope", f.networks().scope().value()));
        return done(g, ConsoleResults.NETWORKS_SAVED);
    }

    private Response passwordPage(ConsoleAccess.Granted g, Map<String, String> values, Map<String, String> errors) {
        SettingsForm view = new SettingsForm(values, errors, pages.url(g.path("security/password")).toString(), null, false);
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.SECURITY, null))
                .setAttribute("omakaseSecurityForm", view).createForm("omakase-console-security-password.ftl");
    }

    private Response networksPage(ConsoleAccess.Granted g, Map<String, String> values, Map<String, String> errors, boolean confirm) {
        SettingsForm view = new SettingsForm(values, errors, pages.url(g.path("security/networks")).toString(), currentAddress(), confirm);
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.SECURITY, null))
                .setAttribute("omakaseSecurityForm", view).createForm("omakase-console-security-networks.ftl");
    }

    /** The caller's address as Keycloak sees it (the same view the sign-in check uses). */
    private String currentAddress() {
        return session.getContext().getConnection().getRemoteAddr();
    }

    private Response done(ConsoleAccess.Granted g, String result) {
        return Response.seeOther(UriBuilder.fromUri(pages.url(g.path("security"))).queryParam(ConsoleResults.PARAM, result).build()).build();
    }
}
