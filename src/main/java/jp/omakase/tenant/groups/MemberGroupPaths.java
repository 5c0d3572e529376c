package jp.omakase.tenant.groups;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;

/** A member's groups of this tenant as the bulk file writes them ({@code 営業部/東京課}), by path; other groups left out. */
public final class MemberGroupPaths {

    private MemberGroupPaths() {
    }

    public static List<String> of(ConsoleAccess.Granted access, UserModel user) {
        TenantGroups groups = new TenantGroups(access);
        List<String> out = new ArrayList<>();
        groups.of(user).forEach(g -> out.add(groups.path(g, "/")));
        out.sort(null);
        return out;
    }
}
