package jp.omakase.tenant.security.mfa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;

import jp.omakase.mfa.MfaPolicy;
import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleEvents;
import jp.omakase.tenant.ConsoleResults;
import jp.omakase.tenant.ConsoleView;
import jp.omakase.tenant.groups.GroupChoices;

/**
 * セキュリティ設定 › 多要素認証 ({@code …/tenant/{tenant}/security/mfa}): who must use a second factor (nobody,
 * administrators, everyone, members of chosen groups) and which methods are allowed. Access first
 * ({@link ConsoleAccess}); a posted group that is not this tenant's answers 404 before anything is written; a save
 * writes the Organization's attributes ({@link MfaPolicy}) and an admin event {@code UPDATE ORGANIZATION}
 * {@code mfa-policy} in the same transaction, then shows the page with its one-line result.
 */
@Produces(MediaType.TEXT_HTML)
public class MfaSettingsResource {

    static final String PATH = "security/mfa";
    private static final String TEMPLATE = "omakase-console-security-mfa.ftl";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;

    public MfaSettingsResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
    }

    @GET
    public Response page(@QueryParam(ConsoleResults.PARAM) String done) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, PATH);
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        return render(g, MfaForm.of(MfaPolicy.read(g.tenant().getAttributes())), Map.of(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, PATH);
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        MfaForm input = MfaForm.read(form.getFirst(MfaForm.POLICY), form.get(MfaForm.GROUPS), form.get(MfaForm.METHODS));
        List<String> groupIds = new ArrayList<>();
        if (MfaPolicy.Mode.GROUPS.value().equals(input.policy())) {
            List<GroupModel> groups = GroupChoices.findAll(g, input.groups().stream().filter(s -> !s.isBlank()).toList());
            if (groups == null) {
                return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
            }
            groups.forEach(x -> groupIds.add(x.getId()));
        }
        Map<String, String> errors = input.errors();
        if (!errors.isEmpty()) {
            return render(g, input, errors, null);
        }
        MfaPolicy policy = input.policy(groupIds);
        Map<String, List<String>> attributes = new HashMap<>(g.tenant().getAttributes());
        policy.writeTo(attributes);
        g.tenant().setAttributes(attributes);
        List<String> methods = new ArrayList<>();
        policy.methods().forEach(m -> methods.add(m.value()));
        ConsoleEvents.record(g, OperationType.UPDATE, ResourceType.ORGANIZATION, "organizations/" + g.tenant().getId(), "mfa-policy",
                Map.of("policy", policy.mode().value(), "groupIds", List.copyOf(policy.groups()), "methods", methods));
        return Response.seeOther(UriBuilder.fromUri(pages.url(g.path(PATH))).queryParam(ConsoleResults.PARAM, ConsoleResults.MFA_SAVED)
                .build()).build();
    }

    private Response render(ConsoleAccess.Granted g, MfaForm form, Map<String, String> errors, String done) {
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.SECURITY, done))
                .setAttribute("omakaseMfa", MfaSettingsView.of(form, GroupChoices.all(g), errors, pages.url(g.path(PATH)).toString()))
                .createForm(TEMPLATE);
    }
}
