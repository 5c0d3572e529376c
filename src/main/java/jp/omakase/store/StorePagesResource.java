package jp.omakase.store;

import java.time.LocalDate;
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
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;

import jp.omakase.documents.OrderDocuments;
import jp.omakase.order.Contractor;
import jp.omakase.order.OrderRequest;
import jp.omakase.order.OrderService;
import jp.omakase.order.OrderView;
import jp.omakase.order.Pricing;
import jp.omakase.pages.PageRequest;
import jp.omakase.support.AfterCommitMailer;
import jp.omakase.support.JapanTime;

/**
 * {@code /realms/{realm}/omakase/store/…}: the store's pages of the seed 2(1) and 2(3): top page, product, cart,
 * お客様情報の入力, 最終確認, ご注文完了 and マイページ 注文履歴, in the store's own layout ({@code omakase-store.ftl}).
 * The Business ID is the realm's SSO session; without one, the pages send the browser through the store client's login
 * (and its member terms) and back, through the page layer ({@link PageRequest}). The draft order lives in notes of the
 * user session with its order number ({@link StoreDraft}), so a second 「注文を実行する」 finds the same order. Every
 * page that needs a login also needs the current store member terms, whatever client the session was made through
 * ({@link StoreTermsRequiredAction}). An order number that another order holds is replaced ({@link OrderNumbers}).
 */
public class StorePagesResource {

    private static final Logger LOG = Logger.getLogger(StorePagesResource.class);
    static final String FEATURE = "store";

    private final KeycloakSession session;
    private final Pricing pricing;
    private final String storeClientId;
    private final AfterCommitMailer mailer;
    private final int maxOpenContracts;
    private final PageRequest pages;

    public StorePagesResource(KeycloakSession session, Pricing pricing, String storeClientId, AfterCommitMailer mailer,
                              int maxOpenContracts) {
        this.maxOpenContracts = maxOpenContracts;
        this.session = session;
        this.pricing = pricing;
        this.storeClientId = storeClientId;
        this.mailer = mailer;
        this.pages = new PageRequest(session, FEATURE, storeClientId);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response products() {
        return page(null).createForm("omakase-store-product.ftl");
    }

    @GET
    @Path("product")
    @Produces(MediaType.TEXT_HTML)
    public Response product() {
        return page(null).createForm("omakase-store-product-detail.ftl");
    }

    @GET
    @Path("cart")
    @Produces(MediaType.TEXT_HTML)
    public Response cart() {
        AuthenticationManager.AuthResult who = who();
        return who == null ? pages.login("cart") : page(who).createForm("omakase-store-cart.ftl");
    }

    @GET
    @Path("order")
    @Produces(MediaType.TEXT_HTML)
    public Response orderForm() {
        AuthenticationManager.AuthResult who = who();
        if (who == null) {
            return pages.login("order");
        }
        Contractor draft = new StoreDraft(who.getSession()).contractor();
        return page(who).setAttribute("omakaseContractor", draft != null ? draft : ContractorForm.prefill(who.getUser()))
                .createForm("omakase-store-order.ftl");
    }

    @POST
    @Path("order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response saveOrderForm(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = who();
        if (!pages.csrfMatches(who, form)) {
            return pages.login("order");
        }
        Contractor contractor = ContractorForm.read(form);
        Map<String, String> errors = contractor.validate("");
        if (!errors.isEmpty()) {
            List<FormMessage> messages = new ArrayList<>();
            errors.forEach((field, code) -> messages.add(new FormMessage(field, "omakaseOrderError_" + code)));
            return page(who).setAttribute("omakaseContractor", contractor).setErrors(messages)
                    .createForm("omakase-store-order.ftl");
        }
        new StoreDraft(who.getSession()).save(contractor.normalized());
        return pages.redirect("order/confirm");
    }

    @GET
    @Path("order/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm() {
        AuthenticationManager.AuthResult who = who();
        if (who == null) {
            return pages.login("order");
        }
        Contractor draft = new StoreDraft(who.getSession()).contractor();
        if (draft == null) {
            return pages.redirect("order");
        }
        return page(who).setAttribute("omakaseContractor", draft).createForm("omakase-store-confirm.ftl");
    }

    @POST
    @Path("order/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response placeOrder(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = who();
        if (!pages.csrfMatches(who, form)) {
            return pages.login("order");
        }
        StoreDraft notes = new StoreDraft(who.getSession());
        Contractor draft = notes.contractor();
        String number = notes.number();
        if (draft == null || number == null) {
            // the second post of a double click arrives after the first placed the order: show that order
            String last = notes.last();
            return last == null ? pages.redirect("order") : completePage(last);
        }
        if (!"on".equals(form.getFirst("agree"))) {
            return page(who).setAttribute("omakaseContractor", draft)
                    .addError(new FormMessage("agree", "omakaseOrderAgreeRequiredMessage")).createForm("omakase-store-confirm.ftl");
        }
        RealmModel realm = session.getContext().getRealm();
        UserModel user = who.getUser();
        AccessToken token = who.getToken() != null ? who.getToken() : new AccessToken();
        AdminAuth actor = new AdminAuth(realm, token, user, realm.getClientByClientId(storeClientId));
        OrderService.Placed placed = null;
        for (int attempt = 0; attempt < OrderNumbers.TRIES && (placed == null || placed.conflict()); attempt++) {
            String tried = attempt == 0 ? number : OrderNumbers.replacement(number, attempt, LocalDate.now(JapanTime.ZONE));
            OrderRequest request = new OrderRequest(tried, user.getId(), pricing.productCode(), StorePage.QUANTITY, draft);
            placed = OrderService.place(session, realm, request, pricing, "web", actor, maxOpenContracts);
            if (placed.conflict()) {
                LOG.infof("A store order number of realm %s is held by another order; trying another one", realm.getName());
            }
        }
        if (placed.conflict()) {
            // every number tried is taken: the draft stays, the next press tries fresh numbers
            notes.renumber();
            return page(who).setAttribute("omakaseContractor", draft).setError("omakaseOrderNumberUnavailableMessage")
                    .createForm("omakase-store-confirm.ftl");
        }
        if (placed.created()) {
            OrderDocuments.recordConsent(session, user, placed.order().id());
            try {
                mailer.sendAfterCommit(session, realm, user, user.getEmail(), null, "omakaseOrderMailSubject", "omakase-order-complete.ftl",
                        Map.of("order", placed.order(), "orderNumber", placed.order().orderNumber()));
            } catch (EmailException e) {
                LOG.errorf(e, "Order mail for order %s could not be rendered", placed.order().id());
            }
        }
        notes.placed(placed.order().orderNumber());
        return completePage(placed.order().orderNumber());
    }

    @GET
    @Path("order/complete")
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@QueryParam("number") String number) {
        AuthenticationManager.AuthResult who = who();
        if (who == null) {
            return pages.login("mypage/orders");
        }
        OrderView order = mine(who, number);
        if (order == null) {
            return pages.redirect("mypage/orders");
        }
        return page(who).setAttribute("omakaseOrder", order).createForm("omakase-store-complete.ftl");
    }

    @GET
    @Path("mypage/orders")
    @Produces(MediaType.TEXT_HTML)
    public Response history() {
        AuthenticationManager.AuthResult who = who();
        if (who == null) {
            return pages.login("mypage/orders");
        }
        return page(who)
                .setAttribute("omakaseOrders", OrderService.byUser(session, session.getContext().getRealm(), who.getUser().getId()))
                .createForm("omakase-store-history.ftl");
    }

    private OrderView mine(AuthenticationManager.AuthResult who, String number) {
        if (number == null) {
            return null;
        }
        return OrderService.byUser(session, session.getContext().getRealm(), who.getUser().getId()).stream()
                .filter(o -> o.orderNumber().equals(number)).findFirst().orElse(null);
    }

    /** 303 to ご注文完了 of the order {@code number}. */
    private Response completePage(String number) {
        return Response.seeOther(UriBuilder.fromUri(pages.url("order/complete")).queryParam("number", number).build()).build();
    }

    /**
     * The logged-in Business ID, or null when there is none or it has not accepted the current store member terms (a
     * session made through another client of the realm): null sends the browser through the store's login and terms.
     */
    private AuthenticationManager.AuthResult who() {
        AuthenticationManager.AuthResult who = pages.who();
        return who == null || StoreTermsRequiredAction.required(session, session.getContext().getRealm(), who.getUser()) ? null : who;
    }

    /** A page of the store in the realm's login theme, with the store bean ({@link StorePage}) and 最終確認's documents. */
    private LoginFormsProvider page(AuthenticationManager.AuthResult who) {
        UserModel user = who == null ? null : who.getUser();
        return OrderDocuments.attach(pages.form().setAttribute("omakaseStore", new StorePage(pricing, pages.url("").toString(),
                who == null ? null : pages.csrf(who), user == null ? null : user.getEmail())), session, user);
    }
}
