package jp.omakase.tenant.bulk;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.tenant.bulk.jpa.CsvJobEntity;
import jp.omakase.tenant.bulk.jpa.CsvJobRowEntity;

/** The only reader and writer of {@code OMK_CSV_JOB} and {@code OMK_CSV_JOB_ROW}, in the given session's transaction. */
public final class CsvJobStore {

    /** The JPA entities of the bulk package, for the one entity provider ({@code persistence}). */
    public static final List<Class<?>> ENTITIES = List.of(CsvJobEntity.class, CsvJobRowEntity.class);

    private final EntityManager em;

    private CsvJobStore(EntityManager em) {
        this.em = em;
    }

    public static CsvJobStore of(KeycloakSession session) {
        return new CsvJobStore(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    /** A checked file of {@code total} valid rows, which its administrator may apply once. */
    String create(String realmId, String tenantId, String adminId, int total, long now) {
        CsvJobEntity j = new CsvJobEntity();
        j.setId(KeycloakModelUtils.generateId());
        j.setRealmId(realmId);
        j.setTenantId(tenantId);
        j.setAdminId(adminId);
        j.setState(CsvJob.State.CHECKED.name());
        j.setTotalRows(total);
        j.setCreatedAt(now);
        j.setUpdatedAt(now);
        em.persist(j);
        return j.getId();
    }

    /** The job {@code id} of {@code tenantId}, or null (unknown, or another tenant's). */
    CsvJob find(String id, String tenantId) {
        CsvJobEntity j = id == null || id.length() > 36 ? null : em.find(CsvJobEntity.class, id);
        return j == null || !j.getTenantId().equals(tenantId) ? null : view(j);
    }

    /**
     * Moves a checked job of {@code tenantId} to QUEUED, once: true for the first caller only (the row is locked, so a
     * double click or a second node cannot start the same file twice).
     */
    boolean queue(String id, String tenantId, long now) {
        CsvJobEntity j = em.find(CsvJobEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (j == null || !j.getTenantId().equals(tenantId) || !CsvJob.State.CHECKED.name().equals(j.getState())) {
            return false;
        }
        j.setState(CsvJob.State.QUEUED.name());
        j.setUpdatedAt(now);
        return true;
    }

    /** QUEUED → RUNNING, once; the job, or null when it was not queued. */
    CsvJob claim(String id, long now) {
        CsvJobEntity j = em.find(CsvJobEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (j == null || !CsvJob.State.QUEUED.name().equals(j.getState())) {
            return null;
        }
        j.setState(CsvJob.State.RUNNING.name());
        j.setUpdatedAt(now);
        return view(j);
    }

    /** True while another file of the tenant is queued or running (and not stalled). */
    boolean busy(String tenantId, long now) {
        return em.createNamedQuery("omakase.csvJobsRunning", Long.class).setParameter("tenantId", tenantId)
                .setParameter("states", List.of(CsvJob.State.QUEUED.name(), CsvJob.State.RUNNING.name()))
                .setParameter("alive", now - CsvJob.STALL_MILLIS).getSingleResult() > 0;
    }

    /** The outcomes of a batch of rows and the job's progress, in the batch's transaction. */
    void record(String jobId, List<RowOutcome.Row> rows, long now) {
        CsvJobEntity j = em.find(CsvJobEntity.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        for (RowOutcome.Row r : rows) {
            CsvJobRowEntity e = new CsvJobRowEntity();
            e.setId(KeycloakModelUtils.generateId());
            e.setJobId(jobId);
            e.setRowNumber(r.row());
            e.setOperation(r.operation());
            e.setEmail(r.email());
            e.setOutcome(r.outcome().name());
            e.setMessageKey(r.messageKey());
            em.persist(e);
            switch (r.outcome()) {
                case ADDED -> j.setAdded(j.getAdded() + 1);
                case CHANGED -> j.setChanged(j.getChanged() + 1);
                case UNCHANGED -> j.setUnchanged(j.getUnchanged() + 1);
                case DELETED -> j.setDeleted(j.getDeleted() + 1);
                case FAILED -> j.setFailed(j.getFailed() + 1);
            }
        }
        j.setDoneRows(j.getDoneRows() + rows.size());
        j.setUpdatedAt(now);
    }

    /** RUNNING → DONE or FAILED. */
    void finish(String jobId, CsvJob.State state, long now) {
        CsvJobEntity j = em.find(CsvJobEntity.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (j != null) {
            j.setState(state.name());
            j.setUpdatedAt(now);
        }
    }

    /** Up to {@code max} row outcomes after row {@code after}, in row order. */
    List<RowOutcome.Row> rows(String jobId, int after, int max) {
        return em.createNamedQuery("omakase.csvJobRows", CsvJobRowEntity.class).setParameter("jobId", jobId)
                .setParameter("after", after).setMaxResults(max).getResultStream()
                .map(r -> new RowOutcome.Row(r.getRowNumber(), r.getOperation(), r.getEmail(), RowOutcome.valueOf(r.getOutcome()),
                        r.getMessageKey()))
                .toList();
    }

    /** Deletes the tenant's jobs (and their rows) created before {@code before}; answers how many. */
    public int purge(String tenantId, long before) {
        List<String> ids = em.createNamedQuery("omakase.csvJobsOfTenantBefore", String.class).setParameter("tenantId", tenantId)
                .setParameter("before", before).setMaxResults(100).getResultList();
        for (String id : ids) {
            em.createNamedQuery("omakase.csvJobRowsDelete").setParameter("jobId", id).executeUpdate();
            em.createNamedQuery("omakase.csvJobDelete").setParameter("jobId", id).executeUpdate();
        }
        return ids.size();
    }

    private static CsvJob view(CsvJobEntity j) {
        return new CsvJob(j.getId(), j.getTenantId(), j.getAdminId(), CsvJob.State.valueOf(j.getState()), j.getTotalRows(),
                j.getDoneRows(), j.getAdded(), j.getChanged(), j.getUnchanged(), j.getDeleted(), j.getFailed(), j.getCreatedAt(),
                j.getUpdatedAt());
    }
}
