package jp.omakase.tenant.users;

import java.util.HashSet;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.bulk.CsvJob;
import jp.omakase.tenant.bulk.RowApplier;
import jp.omakase.tenant.bulk.RowOutcome;
import jp.omakase.tenant.csv.CsvOperation;
import jp.omakase.tenant.csv.UserRow;
import jp.omakase.tenant.groups.GroupPaths;

/**
 * A bulk file's row applied to the tenant with the console's own rules ({@link TenantUsers}: invitation mail, the last
 * administrator, accounts shared with another tenant, one admin event per change) and its groups made exactly the
 * row's ({@link GroupPaths}, missing groups created). A row is the whole truth about its user, so applying the same
 * file twice changes nothing the second time:
 * <ul>
 *   <li>登録: a new user (invited); a member of this tenant with that e-mail is changed as by 変更; an address used
 *       outside the tenant is refused with the add form's words, naming no tenant;</li>
 *   <li>変更: the member's values, role and groups become the row's; unchanged when they already are;</li>
 *   <li>削除: the member is deleted as from the user page; an e-mail that is no member (any more) is left alone
 *       (unchanged), the same answer for an unknown address and another tenant's user.</li>
 * </ul>
 */
public final class CsvRowApplier implements RowApplier {

    private final ConsoleAccess.Granted access;
    private final TenantUsers users;
    private final GroupPaths groups;

    private CsvRowApplier(ConsoleAccess.Granted access, UserInvitation invitation) {
        this.access = access;
        this.users = new TenantUsers(access, invitation);
        this.groups = new GroupPaths(access);
    }

    /** Appliers of the jobs of realm {@code realmId}, with the tenant administrators' role and the invitation mail. */
    public static RowApplier.Factory factory(String realmId, String adminRoleName, UserInvitation invitation) {
        return (session, job) -> open(session, realmId, adminRoleName, invitation, job);
    }

    private static RowApplier open(KeycloakSession session, String realmId, String adminRoleName, UserInvitation invitation,
                                   CsvJob job) {
        RealmModel realm = session.realms().getRealm(realmId);
        session.getContext().setRealm(realm);
        OrganizationModel tenant = session.getProvider(OrganizationProvider.class).getById(job.tenantId());
        UserModel admin = session.users().getUserById(realm, job.adminId());
        RoleModel role = realm.getRole(adminRoleName);
        if (tenant == null || admin == null || role == null) {
            throw new IllegalStateException("the tenant, its administrator or the role is gone");
        }
        return new CsvRowApplier(ConsoleAccess.Granted.forJob(session, realm, admin, tenant, role), invitation);
    }

    @Override
    public RowOutcome.Row apply(int rowNumber, UserRow row) {
        UserModel user = access.session().users().getUserByEmail(access.realm(), row.email());
        if (user == null) {
            user = access.session().users().getUserByUsername(access.realm(), row.email());
        }
        boolean member = user != null && access.orgs().isMember(access.tenant(), user);
        return switch (row.operation()) {
            case ADD -> user == null ? add(rowNumber, row)
                    : member ? change(rowNumber, row, user) : outcome(rowNumber, row, RowOutcome.FAILED, "omakaseConsoleErrorEmailTaken");
            case CHANGE -> member ? change(rowNumber, row, user) : outcome(rowNumber, row, RowOutcome.FAILED, TenantRowCheck.NOT_MEMBER);
            case DELETE -> member ? delete(rowNumber, row, user) : outcome(rowNumber, row, RowOutcome.UNCHANGED, null);
        };
    }

    private RowOutcome.Row add(int rowNumber, UserRow row) {
        TenantUsers.Outcome done = users.add(UserForm.of(row), groups.resolve(row.groups()));
        if (done == TenantUsers.Outcome.EMAIL_TAKEN) {
            return outcome(rowNumber, row, RowOutcome.FAILED, "omakaseConsoleErrorEmailTaken");
        }
        return outcome(rowNumber, row, RowOutcome.ADDED, done == TenantUsers.Outcome.NO_MAIL ? "omakaseCsvApplyNoMailMessage" : null);
    }

    private RowOutcome.Row change(int rowNumber, UserRow row, UserModel user) {
        UserRow now = UserCsvExport.row(access, user);
        boolean sameValues = now.attributes().equals(row.attributes()) && now.admin() == row.admin();
        boolean sameGroups = new HashSet<>(now.groups()).equals(new HashSet<>(row.groups()));
        if (sameValues && sameGroups) {
            return outcome(rowNumber, row, RowOutcome.UNCHANGED, null);
        }
        if (!sameValues) {
            TenantUsers.Outcome done = users.update(user, UserForm.of(row));
            if (done != TenantUsers.Outcome.DONE) {
                return outcome(rowNumber, row, RowOutcome.FAILED, refusal(done));
            }
        }
        if (!sameGroups) {
            if (users.shared(user)) {
                return outcome(rowNumber, row, RowOutcome.FAILED, "omakaseConsoleErrorShared");
            }
            groups.sync(user, groups.resolve(row.groups()));
        }
        return outcome(rowNumber, row, RowOutcome.CHANGED, null);
    }

    private RowOutcome.Row delete(int rowNumber, UserRow row, UserModel user) {
        TenantUsers.Outcome done = users.delete(user);
        return done == TenantUsers.Outcome.DONE ? outcome(rowNumber, row, RowOutcome.DELETED, null)
                : outcome(rowNumber, row, RowOutcome.FAILED, refusal(done));
    }

    private static String refusal(TenantUsers.Outcome outcome) {
        return switch (outcome) {
            case SHARED -> "omakaseConsoleErrorShared";
            case LAST_ADMIN -> "omakaseConsoleErrorLastAdmin";
            case EMAIL_TAKEN -> "omakaseConsoleErrorEmailTaken";
            default -> "omakaseCsvApplyRowFailedMessage";
        };
    }

    private static RowOutcome.Row outcome(int rowNumber, UserRow row, RowOutcome outcome, String messageKey) {
        return new RowOutcome.Row(rowNumber, row.operation().label(), row.email(), outcome, messageKey);
    }

}
