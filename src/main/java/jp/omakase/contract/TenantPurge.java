package jp.omakase.contract;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserManager;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.omakase.inquiry.InquiryStore;
import jp.omakase.tenant.apps.TenantApps;
import jp.omakase.tenant.bulk.CsvJobStore;

/**
 * The retention period passed: the tenant's data goes, in steps small enough for one transaction each, every step
 * finding what is left (so a crash between two steps resumes where it stopped, never deleting twice or leaving half
 * of a step): members (with their credentials, sessions, consents and sign-in events; an account that is also a
 * member of another tenant only leaves this one), then the Organization's groups, then its apps (clients), then its
 * users' CSV files' results ({@code OMK_CSV_JOB}, they name users), then the inquiries sent from its console (a
 * member's own inquiries go with the member), then the Organization itself. Admin events stay: they are the operator's record.
 */
final class TenantPurge {

    /** Members deleted per transaction. */
    static final int BATCH = 50;

    /** What one step did. */
    enum Step { MEMBERS, GROUPS, APPS, CSV_JOBS, INQUIRIES, ORGANIZATION, NOTHING }

    private TenantPurge() {
    }

    /** One step of deleting tenant {@code organizationId}; {@link Step#ORGANIZATION} or NOTHING: nothing of it is left. */
    static Step step(KeycloakSession s, RealmModel service, String organizationId) {
        OrganizationProvider orgs = s.getProvider(OrganizationProvider.class);
        OrganizationModel org = organizationId == null ? null : orgs.getById(organizationId);
        if (org == null) {
            return Step.NOTHING;
        }
        List<UserModel> members = orgs.getMembersStream(org, (String) null, null, 0, BATCH).toList();
        if (!members.isEmpty()) {
            EntityManager em = s.getProvider(JpaConnectionProvider.class).getEntityManager();
            UserManager users = new UserManager(s);
            for (UserModel member : members) {
                em.createNativeQuery("DELETE FROM EVENT_ENTITY WHERE REALM_ID = ?1 AND USER_ID = ?2")
                        .setParameter(1, service.getId()).setParameter(2, member.getId()).executeUpdate();
                InquiryStore.purge(s, null, member.getId());
                if (orgs.getByMember(member).anyMatch(o -> !o.getId().equals(org.getId()))) {
                    orgs.removeMember(org, member);
                } else {
                    users.removeUser(service, member);
                }
            }
            return Step.MEMBERS;
        }
        List<GroupModel> groups = orgs.getTopLevelGroups(org, 0, BATCH).toList();
        if (!groups.isEmpty()) {
            groups.forEach(g -> s.groups().removeGroup(service, g));
            return Step.GROUPS;
        }
        List<ClientModel> apps = TenantApps.of(service, org).toList();
        if (!apps.isEmpty()) {
            apps.forEach(app -> service.removeClient(app.getId()));
            return Step.APPS;
        }
        if (CsvJobStore.of(s).purge(org.getId(), Long.MAX_VALUE) > 0) {
            return Step.CSV_JOBS;
        }
        if (InquiryStore.purge(s, org.getId(), null) > 0) {
            return Step.INQUIRIES;
        }
        orgs.remove(org);
        return Step.ORGANIZATION;
    }
}
