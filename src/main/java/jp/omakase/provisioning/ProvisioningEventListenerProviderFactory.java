package jp.omakase.provisioning;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.timer.TimerProvider;

import jp.omakase.support.RedriveTask;

/**
 * Id {@code omakase-provisioning}: enabled on the Business ID realm (its event listeners), it turns each new order
 * into a tenant of the service realm. Options: {@code --spi-events-listener--omakase-provisioning--<option>}, see
 * {@link #getConfigMetadata()} and {@link ProvisioningSettings}. The re-drive task is scheduled once the database is
 * migrated and the realms imported.
 */
public class ProvisioningEventListenerProviderFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "omakase-provisioning";
    static final String REDRIVE_TASK = "omakase-provisioning-redrive";
    private static final Logger LOG = Logger.getLogger(ProvisioningEventListenerProviderFactory.class);

    private ProvisioningSettings settings;
    private ProvisioningWorker worker;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new ProvisioningEventListenerProvider(session, worker);
    }

    @Override
    public void init(Config.Scope config) {
        settings = ProvisioningSettings.read(config);
        worker = new ProvisioningWorker(settings);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        worker.start(factory);
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                try (KeycloakSession session = factory.create()) {
                    session.getProvider(TimerProvider.class).scheduleTask(new RedriveTask(REDRIVE_TASK, worker::redrive),
                            settings.redriveInterval() * 1000L, REDRIVE_TASK);
                }
                LOG.infof("Provisioning into realm '%s'%s: re-drive every %d s, claims taken over after %d s, failed attempts"
                                + " retried after %d s", settings.serviceRealm(),
                        settings.paused() ? " PAUSED (orders wait until a start without 'paused')" : "",
                        settings.redriveInterval(), settings.claimLease(), settings.redriveAfter());
            }
        });
    }

    /**
     * Provisioning as this server configured it, for the factories that create the pages and endpoints that queue its
     * work (store, order API, contractor portal, admin re-drive, tenant pages): they look it up once, in their
     * {@code postInit}, and hand it on through constructors.
     */
    public static ProvisioningEventListenerProviderFactory of(KeycloakSessionFactory factory) {
        return (ProvisioningEventListenerProviderFactory) factory.getProviderFactory(EventListenerProvider.class, PROVIDER_ID);
    }

    public ProvisioningSettings settings() {
        return settings;
    }

    public ProvisioningWorker worker() {
        return worker;
    }

    /** The contractor portal's reissue of first-login links, with this server's options and worker. */
    public AdminLinkReissue adminLinkReissue() {
        return new AdminLinkReissue(settings, worker);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("service-realm").type("string").defaultValue("omakase")
                .helpText("Realm of the tenants (Organizations) and their administrators.").add()
                .property().name("admin-client-id").type("string").defaultValue("omakase-tenant-admin")
                .helpText("Client of the service realm whose tenant pages the administrator lands on after the first login.").add()
                .property().name("contracts-client-id").type("string").defaultValue("omakase-contracts")
                .helpText("Client of the Business ID realm through which the contractor portal logs in.").add()
                .property().name("tenant-admin-role").type("string").defaultValue("omakase-tenant-admin")
                .helpText("Realm role of the service realm given to each tenant administrator (created when missing).").add()
                .property().name("admin-link-lifespan-seconds").type("int").defaultValue(86_400)
                .helpText("Validity of the administrator first-login link (24 hours).").add()
                .property().name("redrive-interval-seconds").type("int").defaultValue(5)
                .helpText("How often each node's re-drive task looks for orders nobody works on and for due mails.").add()
                .property().name("redrive-after-seconds").type("int").defaultValue(120)
                .helpText("An order whose attempt failed is provisioned again this long after that attempt.").add()
                .property().name("claim-lease-seconds").type("int").defaultValue(15)
                .helpText("A new order or a provisioning claim not finished this long is taken over by any node (its node died).").add()
                .property().name("mail-retry-initial-seconds").type("int").defaultValue(30)
                .helpText("Wait before retrying a mail the SMTP server refused; doubled on each attempt.").add()
                .property().name("mail-retry-max-seconds").type("int").defaultValue(3_600)
                .helpText("Longest wait between two attempts of one mail (mails are retried until sent).").add()
                .property().name("max-attempts").type("int").defaultValue(10)
                .helpText("Provisioning attempts of one order before it is FAILED (re-drive it through the admin API).").add()
                .property().name("paused").type("boolean").defaultValue(false)
                .helpText("Accept orders but provision none until a start without this option.").add()
                .property().name("threads").type("int").defaultValue(2).helpText("Provisioning worker threads.").add()
                .property().name("max-open-contracts").type("int").defaultValue(3)
                .helpText("Open contracts one Business ID may hold; a further order is HELD until an operator re-drives it.").add()
                .property().name("reissues-per-contract-per-day").type("int").defaultValue(3)
                .helpText("First-login link reissues one contract may request in 24 hours.").add()
                .property().name("reissues-per-business-id-per-day").type("int").defaultValue(10)
                .helpText("First-login link reissues one Business ID may request in 24 hours, all its contracts together.").add()
                .property().name("inquiry-url").type("string")
                .helpText("The service's inquiry form (http/https) in the service start notice; unset: the paragraph is left out.").add()
                .build();
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
