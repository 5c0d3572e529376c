package jp.omakase.provisioning;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import jp.omakase.order.ContractStore;
import jp.omakase.order.OrderStore;
import jp.omakase.support.DaemonPool;

/**
 * The threads that provision orders and send their mails, outside the requests that placed them. A job already
 * waiting is not queued twice; a job that cannot be queued is left to the re-drive task, which finds it in the
 * database. Correctness never depends on this queue: the claims in the database decide who works on what.
 */
public final class ProvisioningWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProvisioningWorker.class);
    private static final int QUEUE = 10_000;
    private static final int BATCH = 200;

    private final ProvisioningSettings settings;
    private final TenantProvisioner provisioner;
    private final NoticeOutbox notice;
    private final ThreadPoolExecutor pool;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private volatile KeycloakSessionFactory factory;

    /** A worker that takes jobs once {@link #start} gave it the session factory (jobs before that are the re-drive's). */
    ProvisioningWorker(ProvisioningSettings settings) {
        this.settings = settings;
        this.provisioner = new TenantProvisioner(settings);
        this.notice = new NoticeOutbox(settings);
        this.pool = DaemonPool.create("omakase-provisioning", settings.threads(), QUEUE);
    }

    void start(KeycloakSessionFactory sessionFactory) {
        this.factory = sessionFactory;
    }

    /** Provisions the order, then sends its サービス利用開始通知. */
    public void order(String orderId) {
        submit("order:" + orderId, () -> {
            String contractId = provisioner.provision(factory, orderId);
            if (contractId != null) {
                notice.send(factory, contractId);
            }
        });
    }

    /** Sends the contract's pending mail. */
    public void mail(String contractId) {
        submit("mail:" + contractId, () -> notice.send(factory, contractId));
    }

    /**
     * The re-drive, every few seconds on every node: orders nobody holds a live claim on (queued in a node that died,
     * claimed by one that died, failed and due again), and mails whose next attempt is due.
     */
    void redrive(KeycloakSession session) {
        if (settings.paused()) {
            return;
        }
        long now = System.currentTimeMillis();
        List<String> orders = OrderStore.of(session).toRedrive(now - settings.claimLease() * 1000L,
                now - settings.redriveAfter() * 1000L, BATCH);
        List<String> mails = ContractStore.of(session).mailsDue(now, BATCH);
        if (!orders.isEmpty() || !mails.isEmpty()) {
            LOG.infof("Re-drive: %d order(s) to provision, %d mail(s) due", orders.size(), mails.size());
        }
        orders.forEach(this::order);
        mails.forEach(this::mail);
    }

    private void submit(String key, Runnable job) {
        if (settings.paused() || factory == null || !waiting.add(key)) {
            return;
        }
        try {
            pool.execute(() -> {
                waiting.remove(key);
                try {
                    job.run();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Provisioning job %s failed; the re-drive task tries again", key);
                }
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(key);
            LOG.warnf("Provisioning job %s not queued (%d waiting); the re-drive task takes it", key, pool.getQueue().size());
        }
    }

    @Override
    public void close() {
        int dropped = DaemonPool.stop(pool);
        if (dropped > 0) {
            LOG.warnf("%d provisioning job(s) left at shutdown; the re-drive task takes them after the restart", dropped);
        }
    }
}
