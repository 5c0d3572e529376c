package jp.omakase.tenant.users;

import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.csv.CsvOperation;
import jp.omakase.tenant.csv.UserCsvCheck;
import jp.omakase.tenant.csv.UserRow;

/**
 * A file's rows against the tenant: 変更 must name a member of this tenant. The error is the same whether the e-mail is
 * unknown or another tenant's user, so the check reveals nothing outside the tenant. 削除 of an e-mail that is no
 * member is no error: there is nothing to delete (the result says 変更なし), so a file applied once can be uploaded
 * again and changes nothing, and again nothing is revealed.
 */
final class TenantRowCheck implements UserCsvCheck.RowCheck {

    static final String NOT_MEMBER = "omakaseCsvNotMemberMessage";

    private final ConsoleAccess.Granted access;

    TenantRowCheck(ConsoleAccess.Granted access) {
        this.access = access;
    }

    @Override
    public String emailError(UserRow row) {
        if (row.operation() != CsvOperation.CHANGE) {
            return null;
        }
        UserModel user = access.session().users().getUserByEmail(access.realm(), row.email());
        return user != null && access.orgs().isMember(access.tenant(), user) ? null : NOT_MEMBER;
    }
}
