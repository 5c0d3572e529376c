package jp.omakase.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.light.LightweightUserAdapter;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * A mail rendered now, in the caller's session, through the realm's e-mail theme ({@code html/} + {@code text/}
 * templates, the recipient's language), and handed later to the SMTP server of its realm. Rendering is synchronous:
 * the sign-up and the store put the result into the outbox ({@link MailOutboxProvider}), provisioning sends it itself.
 */
public final class MailRenderer {

    private MailRenderer() {
    }

    /** A rendered mail, ready for the SMTP server of its realm. */
    public record Rendered(String realmId, String template, String address, String language, String subject, String text,
                           String html) {
    }

    /**
     * Renders the mail (template errors are thrown here). {@code user} may be null for an address without an account;
     * {@code locale} then chooses the language.
     */
    public static Rendered render(KeycloakSession session, RealmModel realm, UserModel user, String address, String locale,
                           String subjectKey, String template, Map<String, Object> attributes) throws EmailException {
        UserModel recipient = user;
        if (recipient == null) {
            LightweightUserAdapter transientUser = new LightweightUserAdapter(session, realm, KeycloakModelUtils.generateId());
            transientUser.setEmail(address);
            if (locale != null) {
                transientUser.setSingleAttribute(UserModel.LOCALE, locale);
            }
            recipient = transientUser;
        }
        Locale language = session.getContext().resolveLocale(recipient);
        Capture capture = new Capture(session, realm.getId(), template, language == null ? null : language.toLanguageTag());
        capture.setRealm(realm).setUser(recipient);
        // the provider adds its own entries to the map it is given
        capture.send(subjectKey, List.of(), template, new HashMap<>(attributes), address);
        if (capture.rendered == null) {
            throw new EmailException("nothing rendered for " + template);
        }
        return capture.rendered;
    }

    /** Hands a rendered mail to the SMTP server of its realm now (in a session of its own, with the realm's current settings). */
    public static void send(KeycloakSessionFactory factory, Rendered mail) throws EmailException {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> {
                RealmModel realm = s.realms().getRealm(mail.realmId());
                if (realm == null) {
                    throw new IllegalStateException(new EmailException("realm " + mail.realmId() + " no longer exists"));
                }
                s.getContext().setRealm(realm);
                try {
                    s.getProvider(EmailSenderProvider.class).send(realm.getSmtpConfig(), mail.address(), mail.subject(), mail.text(),
                            mail.html());
                } catch (EmailException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            throw e.getCause() instanceof EmailException ee ? ee : new EmailException(e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The classes of an exception and its causes ("EmailException < MailConnectException"): what went wrong, without
     * the messages, which may carry an address.
     */
    public static String causes(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 200; t = t.getCause() == t ? null : t.getCause()) {
            b.append(b.length() == 0 ? "" : " < ").append(t.getClass().getSimpleName());
        }
        return b.toString();
    }

    /** Keycloak's own e-mail rendering, stopped just before its SMTP hand-off. */
    private static final class Capture extends FreeMarkerEmailTemplateProvider {
        private final String realmId;
        private final String template;
        private final String language;
        private Rendered rendered;

        Capture(KeycloakSession session, String realmId, String template, String language) {
            super(session);
            this.realmId = realmId;
            this.template = template;
            this.language = language;
        }

        @Override
        protected void send(Map<String, String> config, String subject, String textBody, String htmlBody, String address) {
            // the SMTP settings (they may hold a password) are not kept: they are read again when the mail is sent
            rendered = new Rendered(realmId, template, address, language, subject, textBody, htmlBody);
        }
    }
}
