package jp.omakase.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;

import org.jboss.logging.Logger;
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
 * Mails of the sign-up and the store: rendered in the request through the realm's e-mail theme ({@code html/} + {@code text/}
 * templates, the user's language, the request's URLs), handed to the SMTP server after the commit by one background
 * thread. The page never waits for SMTP, so it answers in the same time whatever the address and whatever the mail
 * server does, and no mail leaves for a transaction that rolled back. A mail that cannot be delivered is logged at
 * ERROR (realm and template, never the address or a link).
 */
public final class AfterCommitMailer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AfterCommitMailer.class);
    private static final int QUEUE = 10_000;

    private final ThreadPoolExecutor sender;

    public AfterCommitMailer(String threadName) {
        sender = DaemonPool.create(threadName, 1, QUEUE);
    }

    /** A rendered mail, ready for the SMTP server. */
    public record Rendered(String realmId, String template, Map<String, String> smtp, String address, String subject, String text,
                    String html) {
    }

    /**
     * Renders now (template errors are thrown here) and sends after the commit. {@code user} may be null for an
     * address without an account; {@code locale} then chooses the language.
     */
    public void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, String address, String locale,
                                String subjectKey, String template, Map<String, Object> attributes) throws EmailException {
        Rendered mail = render(session, realm, user, address, locale, subjectKey, template, attributes);
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        AfterCommit.run(session, () -> {
            try {
                sender.execute(() -> deliver(factory, mail));
            } catch (RejectedExecutionException e) {
                LOG.errorf("Mail %s for realm %s dropped: %d mails already waiting", template, realm.getName(), QUEUE);
            }
        });
    }

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
        Capture capture = new Capture(session, realm.getId(), template);
        capture.setRealm(realm).setUser(recipient);
        // the provider adds its own entries to the map it is given
        capture.send(subjectKey, List.of(), template, new HashMap<>(attributes), address);
        if (capture.rendered == null) {
            throw new EmailException("nothing rendered for " + template);
        }
        return capture.rendered;
    }

    private static void deliver(KeycloakSessionFactory factory, Rendered mail) {
        try {
            send(factory, mail);
        } catch (EmailException e) {
            LOG.errorf("Mail %s for realm %s could not be sent: %s", mail.template(), mail.realmId(), causes(e));
        }
    }

    /** Hands a rendered mail to the SMTP server of its realm now (in a session of its own). */
    public static void send(KeycloakSessionFactory factory, Rendered mail) throws EmailException {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> {
                s.getContext().setRealm(s.realms().getRealm(mail.realmId()));
                try {
                    s.getProvider(EmailSenderProvider.class).send(mail.smtp(), mail.address(), mail.subject(), mail.text(), mail.html());
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

    @Override
    public void close() {
        int dropped = DaemonPool.stop(sender);
        if (dropped > 0) {
            LOG.warnf("Mails still waiting at shutdown: %d", dropped);
        }
    }

    /** Keycloak's own e-mail rendering, stopped just before its SMTP hand-off. */
    private static final class Capture extends FreeMarkerEmailTemplateProvider {
        private final String realmId;
        private final String template;
        private Rendered rendered;

        Capture(KeycloakSession session, String realmId, String template) {
            super(session);
            this.realmId = realmId;
            this.template = template;
        }

        @Override
        protected void send(Map<String, String> config, String subject, String textBody, String htmlBody, String address) {
            rendered = new Rendered(realmId, template, new HashMap<>(config), address, subject, textBody, htmlBody);
        }
    }
}
