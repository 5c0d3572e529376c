package jp.omakase.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.light.LightweightUserAdapter;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import jp.omakase.mail.MailOutboxProvider;
import jp.omakase.mail.MailRenderer;
import jp.omakase.support.JapanTime;
import jp.omakase.support.RateLimiter;

/**
 * Sending an inquiry, the same from the public form and from the tenant console: the form is checked
 * ({@link InquiryForm#errors()}), the sender's address is counted ({@code inquiries-per-address-per-hour}), the inquiry is
 * stored with a reference number ({@code OMK_INQUIRY}), the operator's mail and the sender's receipt go into the mail
 * outbox of the same transaction, and an admin event {@code OMAKASE_INQUIRY} records it (ids and the category only).
 * Nothing depends on whether the address belongs to an account: it is never looked up, so the answer is the same for
 * every address.
 */
public final class Inquiries {

    private static final Logger LOG = Logger.getLogger(Inquiries.class);
    public static final String EVENT_RESOURCE = "OMAKASE_INQUIRY";
    static final String RECEIPT_TEMPLATE = "omakase-inquiry-receipt.ftl";
    static final String RECEIPT_SUBJECT = "omakaseInquiryReceiptSubject";
    static final String OPERATOR_TEMPLATE = "omakase-inquiry-operator.ftl";
    static final String OPERATOR_SUBJECT = "omakaseInquiryOperatorSubject";
    private static final long HOUR = 3_600_000L;

    private final InquirySettings settings;
    private final RateLimiter perAddress;

    public Inquiries(InquirySettings settings, Clock clock) {
        this.settings = settings;
        this.perAddress = new RateLimiter("inquiry-address", settings.perAddressPerHour(), HOUR, clock);
    }

    public InquirySettings settings() {
        return settings;
    }

    /**
     * What became of a sent form: {@code errors} (field → message key) when it was refused, {@code limited} when the
     * address has sent its allowance this hour, else the reference number and category of the stored inquiry.
     */
    public record Outcome(Map<String, String> errors, boolean limited, String reference, InquiryCategory category) {

        public boolean sent() {
            return reference != null;
        }
    }

    /** Sends {@code form} in the request's realm; {@code sender}: the tenant and user of a signed-in page, or anonymous. */
    Outcome submit(KeycloakSession session, InquiryForm form, InquiryStore.Sender sender, String tenantName) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return new Outcome(errors, false, null, null);
        }
        RealmModel realm = session.getContext().getRealm();
        if (!perAddress.tryAcquire(session, realm.getId() + "/" + form.addressKey())) {
            LOG.debugf("Inquiry refused in realm %s: the address's hourly allowance is used", realm.getName());
            return new Outcome(Map.of(), true, null, null);
        }
        InquiryCategory category = form.categoryValue();
        String reference = InquiryReference.next();
        long now = System.currentTimeMillis();
        Locale locale = session.getContext().resolveLocale(null);
        String language = locale == null ? null : locale.toLanguageTag();
        String id = InquiryStore.add(session, realm.getId(), reference, form, language, sender, now);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("reference", reference);
        attributes.put("categoryKey", category.labelKey());
        attributes.put("sentAt", JapanTime.minute(Instant.ofEpochMilli(now)));
        attributes.put("lockHelp", category.lockRelated());
        mail(session, realm, form.email(), language, RECEIPT_SUBJECT, RECEIPT_TEMPLATE, attributes);
        settings.operatorEmail().ifPresent(operator -> {
            Map<String, Object> full = new HashMap<>(attributes);
            full.put("senderName", form.name());
            full.put("senderEmail", form.email());
            full.put("senderCompany", form.company());
            full.put("textLines", List.of(form.text().split("\\R", -1)));
            full.put("tenantName", tenantName == null ? "" : tenantName);
            full.put("tenantId", sender.tenantId() == null ? "" : sender.tenantId());
            mail(session, realm, operator, realm.getDefaultLocale(), OPERATOR_SUBJECT, OPERATOR_TEMPLATE, full);
        });
        event(session, realm, id, reference, category, sender);
        LOG.infof("Inquiry %s stored in realm %s (category %s%s)", id, realm.getName(), category,
                sender.tenantId() == null ? "" : ", tenant " + sender.tenantId());
        return new Outcome(Map.of(), false, reference, category);
    }

    private static void mail(KeycloakSession session, RealmModel realm, String address, String language, String subject,
                             String template, Map<String, Object> attributes) {
        try {
            MailRenderer.Rendered mail = MailRenderer.render(session, realm, null, address, language, subject, template, attributes);
            session.getProvider(MailOutboxProvider.class).add(mail, null);
        } catch (EmailException e) {
            throw new IllegalStateException(template + " could not be rendered (" + MailRenderer.causes(e) + ")");
        }
    }

    /**
     * Admin event {@code CREATE} of {@code OMAKASE_INQUIRY}: ids, reference and category, never what was typed. The actor
     * is the signed-in user of the console, else the form itself (a transient user: the public form has no account).
     */
    private static void event(KeycloakSession session, RealmModel realm, String id, String reference, InquiryCategory category,
                              InquiryStore.Sender sender) {
        UserModel actor = sender.userId() == null ? null : session.users().getUserById(realm, sender.userId());
        if (actor == null) {
            actor = new LightweightUserAdapter(session, realm, "omakase-inquiry-form");
        }
        ClientModel client = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("id", id);
        representation.put("reference", reference);
        representation.put("category", category.name());
        representation.put("source", sender.tenantId() == null ? "form" : "console");
        if (sender.tenantId() != null) {
            representation.put("tenantId", sender.tenantId());
        }
        new AdminEventBuilder(realm, new AdminAuth(realm, new AccessToken(), actor, client), session,
                session.getContext().getConnection())
                .operation(OperationType.CREATE).resource(EVENT_RESOURCE).resourcePath("omakase/inquiries/" + id)
                .representation(representation).success();
    }
}
