package jp.omakase.inquiry;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;

import jp.omakase.pages.PageLogin;

/**
 * {@code /realms/{realm}/omakase/inquiry}: the public inquiry form (お問い合わせ) of the Business ID realm and of the
 * service realm, linked from their login pages, the users' portal, the contractor portal and the mails. Anyone may send
 * it, signed in or not (a signed-in user finds name and address filled in). Errors come back on the same page next to
 * their fields; the answer after sending is the same for every address.
 */
@Produces(MediaType.TEXT_HTML)
public class InquiryPagesResource {

    public static final String FEATURE = "inquiry";
    static final String TEMPLATE = "omakase-inquiry.ftl";
    static final String FORM_EXPIRED = "omakaseInquiryErrorExpired";
    static final String LIMITED = "omakaseInquiryErrorLimited";

    private final KeycloakSession session;
    private final Inquiries inquiries;

    public InquiryPagesResource(KeycloakSession session, Inquiries inquiries) {
        this.session = session;
        this.inquiries = inquiries;
    }

    @GET
    public Response form() {
        return page(Response.Status.OK, prefilled(), Map.of(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> posted) {
        InquiryForm form = InquiryForm.read(posted);
        if (!InquiryCsrf.matches(session, posted)) {
            return page(Response.Status.BAD_REQUEST, form, Map.of(), FORM_EXPIRED, null);
        }
        AuthenticationManager.AuthResult who = PageLogin.who(session);
        InquiryStore.Sender sender = who == null ? InquiryStore.Sender.ANONYMOUS : new InquiryStore.Sender(null, who.getUser().getId());
        Inquiries.Outcome outcome = inquiries.submit(session, form, sender, null);
        if (outcome.limited()) {
            return page(Response.Status.TOO_MANY_REQUESTS, form, Map.of(), LIMITED, null);
        }
        if (!outcome.sent()) {
            return page(Response.Status.BAD_REQUEST, form, outcome.errors(), null, null);
        }
        return page(Response.Status.OK, form, Map.of(), null, outcome);
    }

    private Response page(Response.Status status, InquiryForm form, Map<String, String> errors, String formError,
                          Inquiries.Outcome outcome) {
        InquiryCsrf csrf = InquiryCsrf.of(session);
        String action = PageLogin.url(session, FEATURE, "").toString().replaceAll("/$", "");
        Response page = PageLogin.form(session)
                .setAttribute("omakaseInquiry", new InquiryView(action, csrf.token(), form, errors, formError, outcome))
                .setStatus(status)
                .createForm(TEMPLATE);
        // the cookie's path is the form's own, whichever way the page was opened (a trailing slash, a query)
        NewCookie cookie = csrf.cookie(session, java.net.URI.create(action).getRawPath());
        return cookie == null ? page : Response.fromResponse(page).cookie(cookie).build();
    }

    /** Name and address of the signed-in user, else an empty form. */
    private InquiryForm prefilled() {
        AuthenticationManager.AuthResult who = PageLogin.who(session);
        if (who == null) {
            return InquiryForm.read(null);
        }
        UserModel u = who.getUser();
        return new InquiryForm("", fullName(u), u.getEmail() == null ? "" : u.getEmail(), "", "");
    }

    static String fullName(UserModel u) {
        return ((u.getLastName() == null ? "" : u.getLastName()) + " " + (u.getFirstName() == null ? "" : u.getFirstName())).strip();
    }
}
