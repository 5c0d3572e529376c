package jp.omakase.mail;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.timer.TimerProvider;

import jp.omakase.support.RedriveTask;

/**
 * Id {@code omakase-jpa} of the SPI {@code omakase-mail-outbox}: the outbox in table {@code OMK_MAIL_OUTBOX}. Options
 * {@code --spi-omakase-mail-outbox--omakase-jpa--<option>}, see {@link #getConfigMetadata()}. The re-drive task is
 * scheduled once the database is migrated.
 */
public class JpaMailOutboxProviderFactory implements MailOutboxProviderFactory {

    public static final String PROVIDER_ID = "omakase-jpa";
    static final String REDRIVE_TASK = "omakase-mail-outbox-redrive";
    private static final Logger LOG = Logger.getLogger(JpaMailOutboxProviderFactory.class);

    private MailOutboxSettings settings;
    private MailOutboxWorker worker;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public MailOutboxProvider create(KeycloakSession session) {
        return new JpaMailOutboxProvider(session, worker);
    }

    @Override
    public void init(Config.Scope config) {
        settings = MailOutboxSettings.read(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        worker = new MailOutboxWorker(factory, settings);
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                try (KeycloakSession session = factory.create()) {
                    session.getProvider(TimerProvider.class).scheduleTask(new RedriveTask(REDRIVE_TASK, worker::redrive),
                            settings.redriveInterval() * 1000L, REDRIVE_TASK);
                }
                LOG.infof("Mail outbox: re-drive every %d s, retries after %d s doubling up to %d s, mails without a link kept %d s",
                        settings.redriveInterval(), settings.retryInitial(), settings.retryMax(), settings.expiry());
            }
        });
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("retry-initial-seconds").type("int").defaultValue(MailOutboxSettings.DEFAULT_RETRY_INITIAL)
                .helpText("Wait before retrying a mail the SMTP server did not take; doubled on each attempt.").add()
                .property().name("retry-max-seconds").type("int").defaultValue(MailOutboxSettings.DEFAULT_RETRY_MAX)
                .helpText("Longest wait between two attempts of one mail.").add()
                .property().name("redrive-interval-seconds").type("int").defaultValue(MailOutboxSettings.DEFAULT_REDRIVE_INTERVAL)
                .helpText("How often each node looks for due and expired mails.").add()
                .property().name("expiry-seconds").type("int").defaultValue(MailOutboxSettings.DEFAULT_EXPIRY)
                .helpText("How long a mail without a link (sign-up completion, order) is retried before it is dropped;"
                        + " a mail with a link is dropped when its link expires.").add()
                .build();
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
