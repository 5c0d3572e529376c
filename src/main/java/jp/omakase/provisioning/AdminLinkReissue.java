package jp.omakase.provisioning;

import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.omakase.order.ContractState;
import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.support.AfterCommit;

/**
 * 管理者用初回ログインURLの再発行 (contractor portal): the contract's current first-login link stops working at once,
 * and a new one (full lifespan) is mailed to the administrator after the commit.
 */
public final class AdminLinkReissue {

    private static final Logger LOG = Logger.getLogger(AdminLinkReissue.class);

    private AdminLinkReissue() {
    }

    /** False when {@code contractId} is not an ACTIVE contract of {@code contractor} in {@code bizid}. */
    public static boolean request(KeycloakSession session, RealmModel bizid, UserModel contractor, String contractId) {
        ContractEntity contract = contractId == null ? null : TenantProvisioner.em(session).find(ContractEntity.class, contractId);
        if (contract == null || !contract.getRealmId().equals(bizid.getId()) || !contract.getUserId().equals(contractor.getId())
                || !ContractState.ACTIVE.name().equals(contract.getState()) || contract.getAdminUserId() == null) {
            return false;
        }
        ServiceNotice.requestReissue(session, contract);
        ProvisioningEvents.step(session, bizid, contractor, contract.getOrderId(), contract.getId(), OperationType.ACTION,
                "admin-link", "reissue-requested", Map.of());
        LOG.infof("First-login link of contract %s reissued by its contractor %s", contract.getId(), contractor.getId());
        ProvisioningWorker worker = ProvisioningEventListenerProviderFactory.worker(session);
        AfterCommit.run(session, () -> worker.mail(contractId));
        return true;
    }
}
