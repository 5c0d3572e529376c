package jp.omakase.signup.email;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.Urls;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.services.validation.Validation;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.omakase.signup.SignupFields;
import jp.omakase.support.AfterCommitMailer;
import jp.omakase.support.PublicUrls;
import jp.omakase.signup.SignupNotes;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticator;
import jp.omakase.inquiry.InquiryLinks;
import jp.omakase.support.RateLimiter;
import jp.omakase.validation.TextRules;

/**
 * Step 01 メールアドレス入力. Takes an address and answers with the same 「新規登録はまだ完了していません」 page whatever
 * it is: a new address gets the sign-up link, an address that has a Business ID gets a mail saying so with the
 * reset-password link. The step is done once the link is opened ({@link SignupLinkResource}).
 */
public class SignupEmailAuthenticator extends SignupStepAuthenticator {

    private static final Logger LOG = Logger.getLogger(SignupEmailAuthenticator.class);

    static final String TEMPLATE_FORM = "omakase-signup-email.ftl";
    static final String TEMPLATE_SENT = "omakase-signup-email-sent.ftl";
    static final String MAIL_LINK = "omakase-signup-link.ftl";
    static final String MAIL_REGISTERED = "omakase-signup-registered.ftl";
    static final int MAX_EMAIL = 254;

    private final RateLimiter perAddress;
    private final RateLimiter perClient;
    private final AfterCommitMailer mailer;
    private final SignupContacts contacts;

    SignupEmailAuthenticator(RateLimiter perAddress, RateLimiter perClient, AfterCommitMailer mailer, SignupContacts contacts) {
        this.perAddress = perAddress;
        this.perClient = perClient;
        this.mailer = mailer;
        this.contacts = contacts;
    }

    @Override
    protected SignupStep step() {
        return SignupStep.EMAIL;
    }

    @Override
    protected void show(AuthenticationFlowContext context) {
        context.challenge(page(context, "").createForm(TEMPLATE_FORM));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = formData(context);
        if (form.containsKey("retry")) {
            show(context);
            return;
        }
        String email = field(form, SignupFields.EMAIL);
        String error = null;
        if (email.isEmpty()) {
            error = Messages.MISSING_EMAIL;
        } else if (TextRules.problem(email, MAX_EMAIL) != null || !Validation.isEmailValid(email)) {
            error = Messages.INVALID_EMAIL;
        }
        if (error != null) {
            context.getEvent().error(Errors.INVALID_EMAIL);
            context.challenge(page(context, TextRules.problem(email, MAX_EMAIL) != null ? "" : email)
                    .addError(new FormMessage(SignupFields.EMAIL, error)).createForm(TEMPLATE_FORM));
            return;
        }
        email = email.toLowerCase(Locale.ROOT);
        // the client as Keycloak resolved it (--proxy-headers), per address or IPv6 /64; the target address is
        // counted only when the client was allowed, so a client past its limit never uses up anyone's allowance;
        // both counts are the cluster's (RateLimiter keeps them in the database)
        String realmId = context.getRealm().getId();
        boolean clientAllowed = perClient.tryAcquire(context.getSession(), realmId + "/" + RateLimiter.clientKey(context.getConnection().getRemoteAddr()));
        boolean addressAllowed = clientAllowed && perAddress.tryAcquire(context.getSession(), realmId + "/" + email);
        if (!addressAllowed) {
            context.getEvent().detail(Details.EMAIL, email).error("omakase_signup_mail_limit");
            context.challenge(page(context, email)
                    .addError(new FormMessage(SignupFields.EMAIL, "omakaseSignupTooManyMailsMessage")).createForm(TEMPLATE_FORM));
            return;
        }

        UserModel existing = context.getSession().users().getUserByEmail(context.getRealm(), email);
        int lifespan = linkLifespanSeconds(context.getAuthenticatorConfig());
        if (!queueMail(context, existing, email, lifespan)) {
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(SignupNotes.PENDING_EMAIL, email);
        context.getEvent().clone().event(EventType.SEND_VERIFY_EMAIL).detail(Details.EMAIL, email)
                .detail("omakase_signup_mail", existing == null ? "signup_link" : "already_registered").success();
        LoginFormsProvider sent = page(context, email).setAttribute("omakaseLinkMinutes", Math.max(1, lifespan / 60));
        contacts.faqUrl().ifPresent(url -> sent.setAttribute(SignupContacts.FAQ_ATTRIBUTE, url));
        context.challenge(sent.createForm(TEMPLATE_SENT));
    }

    /**
     * Renders this address's mail (the sign-up link, or "already registered" with the reset-password link) into the
     * outbox with this transaction; it is sent after the commit. False when it could not be: the error page is shown.
     */
    private boolean queueMail(AuthenticationFlowContext context, UserModel existing, String email, int lifespan) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        // links on the configured public URL, never the request's Host; none configured: no mail, same error for every address
        Optional<URI> base = PublicUrls.configured().base(realm);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("linkExpirationMinutes", Math.max(1, lifespan / 60));
        // the operator's inquiry page, else the realm's own form (issue 18)
        InquiryLinks.or(contacts.inquiryUrl(), realm).ifPresent(url -> attributes.put(SignupContacts.INQUIRY_ATTRIBUTE, url));
        String subject;
        String template;
        if (base.isEmpty()) {
            subject = null;
            template = null;
        } else if (existing == null) {
            attributes.put("link", signupLink(context, base.get(), email, lifespan));
            subject = "omakaseSignupLinkSubject";
            template = MAIL_LINK;
        } else {
            attributes.put("resetLink", UriBuilder.fromUri(base.get()).path("realms").path(realm.getName())
                    .path("login-actions").path(LoginActionsService.RESET_CREDENTIALS_PATH)
                    .queryParam(Constants.CLIENT_ID, authSession.getClient().getClientId()).build().toString());
            subject = "omakaseSignupRegisteredSubject";
            template = MAIL_REGISTERED;
        }
        try {
            if (base.isEmpty()) {
                throw new EmailException(PublicUrls.missing(realm));
            }
            // rendered now, into the outbox with this transaction, sent after the commit: this page never waits for the
            // SMTP server; both mails of this step are dropped, not sent, once the sign-up link has expired
            mailer.sendAfterCommit(session, realm, existing, email, session.getContext().resolveLocale(null).toLanguageTag(),
                    subject, template, attributes,
                    Instant.ofEpochSecond(Time.currentTime() + (long) lifespan));
        } catch (EmailException e) {
            if (base.isEmpty()) {
                LOG.error(e.getMessage());
            } else {
                LOG.errorf(e, "Sign-up mail for realm %s could not be rendered", realm.getName());
            }
            context.getEvent().detail(Details.EMAIL, email).error(Errors.EMAIL_SEND_FAILED);
            context.challenge(page(context, email)
                    .addError(new FormMessage(SignupFields.EMAIL, Messages.EMAIL_SENT_ERROR)).createForm(TEMPLATE_FORM));
            return false;
        }
        return true;
    }

    private static String signupLink(AuthenticationFlowContext context, URI base, String email, int lifespanSeconds) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        RealmModel realm = context.getRealm();
        String issuer = Urls.realmIssuer(base, realm.getName());
        SignupToken token = new SignupToken(KeycloakModelUtils.generateId(), issuer,
                Time.currentTime() + (long) lifespanSeconds, email,
                authSession.getClient().getClientId(), authSession.getParentSession().getId(), authSession.getTabId(),
                authSession.getRedirectUri(), context.getSession().getContext().resolveLocale(null).toLanguageTag());
        String encoded = context.getSession().tokens().encode(token);
        return UriBuilder.fromUri(base).path("realms").path(realm.getName())
                .path("omakase").path("signup").queryParam(SignupLinkResource.TOKEN_PARAM, encoded).build().toString();
    }

    static int linkLifespanSeconds(AuthenticatorConfigModel config) {
        String value = config == null || config.getConfig() == null ? null
                : config.getConfig().get(SignupEmailAuthenticatorFactory.LINK_LIFESPAN);
        try {
            int seconds = value == null || value.isBlank() ? SignupEmailAuthenticatorFactory.DEFAULT_LINK_LIFESPAN
                    : Integer.parseInt(value.strip());
            return seconds > 0 ? seconds : SignupEmailAuthenticatorFactory.DEFAULT_LINK_LIFESPAN;
        } catch (NumberFormatException e) {
            return SignupEmailAuthenticatorFactory.DEFAULT_LINK_LIFESPAN;
        }
    }
}
