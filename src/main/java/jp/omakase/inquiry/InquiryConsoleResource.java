package jp.omakase.inquiry;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleView;

/**
 * お問い合わせ in the tenant console ({@code …/tenant/{tenant}/inquiry}): the same form and answer as the public page,
 * filled in with the administrator's name, address and the tenant's name, posted with the console's form token. Every
 * method starts with {@link ConsoleAccess}.
 */
@Produces(MediaType.TEXT_HTML)
public class InquiryConsoleResource {

    static final String TEMPLATE = "omakase-console-inquiry.ftl";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;
    private final Inquiries inquiries;

    public InquiryConsoleResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId, Inquiries inquiries) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
        this.inquiries = inquiries;
    }

    @GET
    public Response form() {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "inquiry");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        UserModel admin = g.admin();
        InquiryForm form = new InquiryForm("", InquiryPagesResource.fullName(admin), admin.getEmail() == null ? "" : admin.getEmail(),
                g.tenant().getName(), "");
        return page(g, Response.Status.OK, form, Map.of(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> posted) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "inquiry");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        InquiryForm form = InquiryForm.read(posted);
        if (!pages.csrfMatches(g.who(), posted)) {
            return page(g, Response.Status.BAD_REQUEST, form, Map.of(), InquiryPagesResource.FORM_EXPIRED, null);
        }
        Inquiries.Outcome outcome = inquiries.submit(session, form, new InquiryStore.Sender(g.tenant().getId(), g.admin().getId()),
                g.tenant().getName());
        if (outcome.limited()) {
            return page(g, Response.Status.TOO_MANY_REQUESTS, form, Map.of(), InquiryPagesResource.LIMITED, null);
        }
        if (!outcome.sent()) {
            return page(g, Response.Status.BAD_REQUEST, form, outcome.errors(), null, null);
        }
        return page(g, Response.Status.OK, form, Map.of(), null, outcome);
    }

    private Response page(ConsoleAccess.Granted g, Response.Status status, InquiryForm form, Map<String, String> errors,
                          String formError, Inquiries.Outcome outcome) {
        String action = pages.url(g.path("inquiry")).toString();
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.INQUIRY, null))
                .setAttribute("omakaseInquiry", new InquiryView(action, pages.csrf(g.who()), form, errors, formError, outcome))
                .setStatus(status)
                .createForm(TEMPLATE);
    }
}
