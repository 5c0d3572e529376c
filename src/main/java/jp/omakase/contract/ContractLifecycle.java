package jp.omakase.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;

import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.timer.TimerProvider;

import jp.omakase.order.Contract;
import jp.omakase.order.ContractStore;
import jp.omakase.order.Order;
import jp.omakase.order.OrderStore;
import jp.omakase.provisioning.ProvisioningSettings;
import jp.omakase.support.DaemonPool;
import jp.omakase.support.RedriveTask;

/**
 * The contract's state machine after its start, driven from the stored state by a task every node runs
 * ({@link #TASK}): TERMINATION_REQUESTED whose end came → the tenant stops ({@link TenantShutdown}), TERMINATED, mails
 * 「ご契約終了のお知らせ」; TERMINATED whose retention passed → the tenant's data goes in resumable steps
 * ({@link TenantPurge}), then PURGED with 「データ削除完了のお知らせ」; ACTIVE with a named administrator who has logged
 * in → the handover ({@link AdministratorHandover}). Every step is one transaction that first locks the contract's row and
 * reads its state again: two nodes never do one step twice (the second waits, then finds the step done), a crash
 * rolls the step back and the next run does it again, and a step's mails go into the outbox in that same transaction.
 */
public final class ContractLifecycle implements AutoCloseable {

    static final String TASK = "omakase-contract-lifecycle";
    private static final Logger LOG = Logger.getLogger(ContractLifecycle.class);
    private static final int BATCH = 100;
    private static final int MAX_STEPS = 100_000;

    private final ContractLifecycleSettings settings;
    private final ThreadPoolExecutor pool = DaemonPool.create("omakase-contract-lifecycle", 1, 10_000);
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private volatile KeycloakSessionFactory factory;
    private volatile ProvisioningSettings provisioning;

    public ContractLifecycle(ContractLifecycleSettings settings) {
        this.settings = settings;
    }

    public ContractLifecycleSettings settings() {
        return settings;
    }

    /** Takes work from now on; the task is scheduled once the database is migrated. */
    public void start(KeycloakSessionFactory sessionFactory, ProvisioningSettings provisioningSettings) {
        this.factory = sessionFactory;
        this.provisioning = provisioningSettings;
        sessionFactory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                try (KeycloakSession session = sessionFactory.create()) {
                    session.getProvider(TimerProvider.class).scheduleTask(new RedriveTask(TASK, this::redrive),
                            settings.intervalSeconds() * 1000L, TASK);
                }
                LOG.infof("Contract lifecycle: every %d s, tenant data kept %d day(s) after the end%s", settings.intervalSeconds(),
                        settings.retentionDays(), settings.testClock() ? " (test clock enabled: not for production)" : "");
            }
        });
    }

    /** The timer's run: every contract with a due step, queued once on this node. */
    void redrive(KeycloakSession session) {
        ContractStore.of(session).lifecycleDue(System.currentTimeMillis(), BATCH).forEach(this::kick);
    }

    /** Queues the contract's due steps (after a request changed it: the operator's 利用終了 now). */
    public void kick(String contractId) {
        if (factory == null || !waiting.add(contractId)) {
            return;
        }
        try {
            pool.execute(() -> {
                waiting.remove(contractId);
                try {
                    advance(contractId, System.currentTimeMillis());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Contract %s: lifecycle step failed; the next run tries again", contractId);
                }
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(contractId);
            LOG.warnf("Contract %s: lifecycle step not queued; the next run takes it", contractId);
        }
    }

    /** Runs every due step now, as at {@code at} (epoch ms), in the caller's thread; answers each contract's last step. */
    public Map<String, String> runNow(long at) {
        List<String> due = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                s -> ContractStore.of(s).lifecycleDue(at, BATCH));
        Map<String, String> done = new LinkedHashMap<>();
        for (String id : due) {
            done.put(id, advance(id, at));
        }
        return done;
    }

    /** The contract's due steps, one transaction each, until none is due; answers the last one done ("none": nothing). */
    String advance(String contractId, long now) {
        String last = "none";
        for (int i = 0; i < MAX_STEPS; i++) {
            String step = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> step(s, contractId, now));
            if (step == null) {
                break;
            }
            last = step;
        }
        return last;
    }

    /** One step of the contract, under its row lock; null when none is due at {@code now}. */
    private String step(KeycloakSession s, String contractId, long now) {
        Contract c = ContractStore.of(s).lock(contractId).orElse(null);
        if (c == null) {
            return null;
        }
        RealmModel service = s.realms().getRealmByName(provisioning.serviceRealm());
        switch (c.state()) {
            case TERMINATION_REQUESTED -> {
                if (c.endAt() == null || c.endAt() > now || service == null) {
                    return null;
                }
                s.getContext().setRealm(service);
                List<UserModel> admins = TenantShutdown.stop(s, service, c.organizationId(), c.id(), provisioning.tenantAdminRole());
                c.terminated(now, now + settings.retentionMillis());
                Order order = OrderStore.of(s).find(c.orderId()).orElseThrow();
                admins.forEach(admin -> ContractMails.to(s, service, admin, c, order, ContractMails.Kind.ENDED, null));
                ContractMails.toContractor(s, c, order, ContractMails.Kind.ENDED);
                event(s, c, OperationType.ACTION, "terminated", Map.of("administratorsMailed", admins.size(),
                        "purgeAt", java.time.Instant.ofEpochMilli(c.purgeAt()).toString()));
                LOG.infof("Contract %s TERMINATED: tenant %s disabled, %d administrator(s) mailed", c.id(), c.organizationId(),
                        admins.size());
                return "terminated";
            }
            case TERMINATED -> {
                if (c.purgeAt() == null || c.purgeAt() > now || service == null) {
                    return null;
                }
                s.getContext().setRealm(service);
                TenantPurge.Step done = TenantPurge.step(s, service, c.organizationId());
                if (done != TenantPurge.Step.ORGANIZATION && done != TenantPurge.Step.NOTHING) {
                    LOG.debugf("Contract %s: purge step %s", c.id(), done);
                    return "purge-" + done.name().toLowerCase(java.util.Locale.ROOT);
                }
                c.purged(now);
                Order order = OrderStore.of(s).find(c.orderId()).orElseThrow();
                ContractMails.toContractor(s, c, order, ContractMails.Kind.PURGED);
                event(s, c, OperationType.DELETE, "purged", Map.of("organizationId", String.valueOf(c.organizationId())));
                LOG.infof("Contract %s PURGED: the data of tenant %s is deleted", c.id(), c.organizationId());
                return "purged";
            }
            case ACTIVE -> {
                if (c.pendingAdminUserId() == null || service == null) {
                    return null;
                }
                s.getContext().setRealm(service);
                String outcome = AdministratorHandover.complete(s, service, c, provisioning.tenantAdminRole(), now);
                if (outcome != null) {
                    event(s, c, OperationType.UPDATE, "administrator", Map.of("outcome", outcome,
                            "adminUserId", String.valueOf(c.adminUserId())));
                }
                return outcome;
            }
            default -> {
                return null;
            }
        }
    }

    /** An event of the lifecycle task, authored by the contract's contractor (none when its Business ID is gone). */
    private static void event(KeycloakSession s, Contract c, OperationType operation, String step, Map<String, Object> details) {
        RealmModel bizid = s.realms().getRealm(c.realmId());
        RealmModel previous = s.getContext().getRealm();
        s.getContext().setRealm(bizid);
        try {
            UserModel contractor = s.users().getUserById(bizid, c.userId());
            if (contractor != null) {
                ContractEvents.record(s, bizid, contractor, null, c, operation, step, details);
            }
        } finally {
            s.getContext().setRealm(previous);
        }
    }

    @Override
    public void close() {
        DaemonPool.stop(pool);
    }
}
