package jp.omakase.contract;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
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
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.AuthenticationManager;

import jp.omakase.order.Contract;
import jp.omakase.order.ContractStore;
import jp.omakase.order.Contractor;
import jp.omakase.order.Order;
import jp.omakase.order.OrderStore;
import jp.omakase.pages.PageRequest;
import jp.omakase.provisioning.AdminLinkReissue;
import jp.omakase.provisioning.ProvisioningSettings;
import jp.omakase.store.ContractorForm;

/**
 * {@code /realms/{bizid}/omakase/contracts/{id}/…}: one contract of the logged-in Business ID. Details (GET), change of
 * the contractor information ({@code contractor}: form, confirmation, mail 「ご契約内容変更のお知らせ」), change of the
 * administrator ({@code administrator}, see {@link AdministratorChange}), first-login link reissue ({@code admin-link}),
 * 利用終了 ({@code termination}: what happens, end of this or next month, mail 「利用終了お申し込み受付のお知らせ」) and
 * its cancellation until the end ({@code termination/cancel}). A contract of another Business ID, or none: 404, the same
 * page for both. Every POST carries the portal's form token.
 */
public class ContractPages {

    static final String DONE = "done";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final ProvisioningSettings settings;
    private final AdminLinkReissue reissue;
    private final String contractId;
    private final int retentionDays;

    ContractPages(KeycloakSession session, PageRequest pages, ProvisioningSettings settings, AdminLinkReissue reissue,
                  String contractId, int retentionDays) {
        this.retentionDays = retentionDays;
        this.session = session;
        this.pages = pages;
        this.settings = settings;
        this.reissue = reissue;
        this.contractId = contractId;
    }

    /** The caller's contract with its order; {@code lock}: its row locked until the transaction ends. */
    private record Owned(AuthenticationManager.AuthResult who, Contract contract, Order order) {
    }

    private Owned owned(AuthenticationManager.AuthResult who, boolean lock) {
        if (who == null) {
            return null;
        }
        RealmModel realm = session.getContext().getRealm();
        ContractStore contracts = ContractStore.of(session);
        Contract c = (lock ? contracts.lock(contractId) : contracts.find(contractId))
                .filter(x -> x.realmId().equals(realm.getId()) && x.userId().equals(who.getUser().getId())).orElse(null);
        return c == null ? null : new Owned(who, c, OrderStore.of(session).find(c.orderId()).orElseThrow());
    }

    private Response notFound() {
        return pages.form().setError("omakaseContractNotFound").createErrorPage(Response.Status.NOT_FOUND);
    }

    private String path(String sub) {
        return contractId + "/" + sub;
    }

    private LoginFormsProvider page(Owned o) {
        return pages.form().setAttribute("omakaseContract", ContractDetails.of(o.contract(), o.order(), System.currentTimeMillis()))
                .setAttribute("omakasePortal", Map.of("csrf", pages.csrf(o.who()), "base", pages.url("").toString(),
                        "contract", pages.url(path("")).toString(),
                        "email", o.who().getUser().getEmail() == null ? "" : o.who().getUser().getEmail()));
    }

    private Response back(String done) {
        return Response.seeOther(UriBuilder.fromUri(pages.url(path(""))).queryParam(DONE, done).build()).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response details(@QueryParam(DONE) String done, @QueryParam("reissued") String reissued) {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login(path(""));
        }
        Owned o = owned(who, false);
        if (o == null) {
            return notFound();
        }
        LoginFormsProvider page = page(o);
        if (done != null && done.matches("[a-z-]{1,32}")) {
            page.setSuccess("omakaseContractDone_" + done);
        }
        reissueMessage(page, reissued);
        return page.createForm("omakase-contract.ftl");
    }

    static void reissueMessage(LoginFormsProvider page, String reissued) {
        if ("wait".equals(reissued)) {
            page.setInfo("omakaseContractsReissueWaitMessage");
        } else if ("limit".equals(reissued)) {
            page.setError("omakaseContractsReissueLimitMessage");
        } else if (reissued != null) {
            page.setSuccess("omakaseContractsReissuedMessage");
        }
    }

    @POST
    @Path("admin-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reissue(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = pages.who();
        if (!pages.csrfMatches(who, form)) {
            return pages.login("");
        }
        AdminLinkReissue.Outcome outcome = reissue.request(session, session.getContext().getRealm(), who.getUser(), contractId);
        UriBuilder back = UriBuilder.fromUri(pages.url(""));
        URI to = switch (outcome) {
            case REQUESTED -> back.queryParam("reissued", "1").build();
            case WAIT -> back.queryParam("reissued", "wait").build();
            case LIMIT -> back.queryParam("reissued", "limit").build();
            case NOT_FOUND -> back.build();
        };
        return Response.seeOther(to).build();
    }

    // ---- ご契約者情報の変更 ----

    @GET
    @Path("contractor")
    @Produces(MediaType.TEXT_HTML)
    public Response contractorForm() {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login(path("contractor"));
        }
        Owned o = owned(who, false);
        if (o == null || !o.contract().inUse()) {
            return notFound();
        }
        return contractorPage(o, o.contract().contractor(o.order()), false, List.of());
    }

    private Response contractorPage(Owned o, Contractor contractor, boolean confirm, List<FormMessage> errors) {
        LoginFormsProvider page = page(o).setAttribute("omakaseContractor", contractor).setAttribute("omakaseConfirm", confirm)
                .setAttribute("omakaseChoices", Map.of("contactDays", Contractor.DAYS.subList(0, Contractor.DAYS.size()),
                        "contactHours", Contractor.HOURS, "anyDay", Contractor.ANY_DAY));
        if (!errors.isEmpty()) {
            page.setErrors(errors);
        }
        return page.createForm("omakase-contract-contractor.ftl");
    }

    @POST
    @Path("contractor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response contractor(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = pages.who();
        if (!pages.csrfMatches(who, form)) {
            return pages.login(path("contractor"));
        }
        Owned o = owned(who, true);
        if (o == null || !o.contract().inUse()) {
            return notFound();
        }
        Contractor contractor = ContractorForm.read(form);
        Map<String, String> problems = contractor.validate("");
        if (!problems.isEmpty() || form.containsKey("edit")) {
            List<FormMessage> errors = new ArrayList<>();
            problems.forEach((field, code) -> errors.add(new FormMessage(field, "omakaseOrderError_" + code)));
            return contractorPage(o, contractor, false, errors);
        }
        if (!form.containsKey("apply")) {
            return contractorPage(o, contractor.normalized(), true, List.of());
        }
        o.contract().changeContractor(contractor, System.currentTimeMillis());
        ContractMails.toContractor(session, o.contract(), o.order(), ContractMails.Kind.CHANGED);
        ContractEvents.record(session, session.getContext().getRealm(), who.getUser(), session.getContext().getConnection(),
                o.contract(), OperationType.UPDATE, "contractor", Map.of("outcome", "changed"));
        return back("contractor");
    }

    // ---- 管理者の変更 ----

    @GET
    @Path("administrator")
    @Produces(MediaType.TEXT_HTML)
    public Response administratorForm() {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login(path("administrator"));
        }
        Owned o = owned(who, false);
        if (o == null || !o.contract().inUse()) {
            return notFound();
        }
        return administratorPage(o, new AdministratorChange.Named("", ""), false, List.of());
    }

    private Response administratorPage(Owned o, AdministratorChange.Named named, boolean confirm, List<FormMessage> errors) {
        LoginFormsProvider page = page(o).setAttribute("omakaseNamed", Map.of("email", named.email(), "name", named.name()))
                .setAttribute("omakaseConfirm", confirm);
        if (!errors.isEmpty()) {
            page.setErrors(errors);
        }
        return page.createForm("omakase-contract-administrator.ftl");
    }

    @POST
    @Path("administrator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response administrator(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = pages.who();
        if (!pages.csrfMatches(who, form)) {
            return pages.login(path("administrator"));
        }
        Owned o = owned(who, true);
        if (o == null || !o.contract().inUse()) {
            return notFound();
        }
        AdministratorChange.Named named = AdministratorChange.Named.read(form);
        List<FormMessage> errors = named.validate();
        if (!errors.isEmpty() || form.containsKey("edit")) {
            return administratorPage(o, named, false, errors);
        }
        if (!form.containsKey("apply")) {
            return administratorPage(o, named, true, List.of());
        }
        String problem = new AdministratorChange(settings).name(session, who.getUser(), o.contract(), named);
        if (problem != null) {
            return administratorPage(o, named, false, List.of(new FormMessage(AdministratorChange.Named.EMAIL, problem)));
        }
        return back("administrator");
    }

    // ---- 利用終了 ----

    @GET
    @Path("termination")
    @Produces(MediaType.TEXT_HTML)
    public Response terminationForm() {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login(path("termination"));
        }
        Owned o = owned(who, false);
        if (o == null || !o.contract().active()) {
            return notFound();
        }
        Instant now = Instant.now();
        return page(o).setAttribute("omakaseTermination", Map.of(
                        "thisMonth", jp.omakase.support.JapanTime.date(TerminationDates.endOf(TerminationDates.lastDay(now, 0)).minusMillis(1)),
                        "nextMonth", jp.omakase.support.JapanTime.date(TerminationDates.endOf(TerminationDates.lastDay(now, 1)).minusMillis(1)),
                        "retentionDays", retentionDays))
                .createForm("omakase-contract-termination.ftl");
    }

    @POST
    @Path("termination")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response terminate(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = pages.who();
        if (!pages.csrfMatches(who, form)) {
            return pages.login(path("termination"));
        }
        Owned o = owned(who, true);
        if (o == null) {
            return notFound();
        }
        int months = "1".equals(form.getFirst("end")) ? TerminationDates.NEXT_MONTH : TerminationDates.THIS_MONTH;
        long now = System.currentTimeMillis();
        long endAt = TerminationDates.endOf(TerminationDates.lastDay(Instant.ofEpochMilli(now), months)).toEpochMilli();
        if (!o.contract().requestTermination(endAt, now)) {
            return back("unchanged");
        }
        ContractMails.toContractor(session, o.contract(), o.order(), ContractMails.Kind.TERMINATION_REQUESTED);
        ContractEvents.record(session, session.getContext().getRealm(), who.getUser(), session.getContext().getConnection(),
                o.contract(), OperationType.ACTION, "termination", Map.of("outcome", "requested",
                        "endAt", Instant.ofEpochMilli(endAt).toString()));
        return back("termination");
    }

    @POST
    @Path("termination/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = pages.who();
        if (!pages.csrfMatches(who, form)) {
            return pages.login(path(""));
        }
        Owned o = owned(who, true);
        if (o == null) {
            return notFound();
        }
        if (!o.contract().cancelTermination(System.currentTimeMillis())) {
            return back("unchanged");
        }
        ContractMails.toContractor(session, o.contract(), o.order(), ContractMails.Kind.TERMINATION_CANCELLED);
        ContractEvents.record(session, session.getContext().getRealm(), who.getUser(), session.getContext().getConnection(),
                o.contract(), OperationType.ACTION, "termination", Map.of("outcome", "cancelled"));
        return back("cancelled");
    }
}
