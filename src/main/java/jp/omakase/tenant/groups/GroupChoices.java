package jp.omakase.tenant.groups;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.models.GroupModel;
import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;

/**
 * The tenant's groups as the other console pages offer them (ユーザー管理's group filter, the add form's checkboxes):
 * every group by path, the lookup that only ever finds a group of this tenant, and joining a member with its admin event.
 */
public final class GroupChoices {

    /** One group: id and its path from the top of the tenant (営業部 / 東京課). */
    public record Choice(String id, String path) {
    }

    private GroupChoices() {
    }

    /** Every group of the tenant, depth-first, siblings by name (one walk of the tree, no member counts). */
    public static List<Choice> all(ConsoleAccess.Granted g) {
        return new TenantGroups(g).choices();
    }

    /** The group {@code id} if it is one of this tenant's groups, else null (another tenant's, a realm group, unknown). */
    public static GroupModel find(ConsoleAccess.Granted g, String id) {
        return new TenantGroups(g).find(id);
    }

    /** The groups {@code ids}, each one of this tenant's; null when any is not. */
    public static List<GroupModel> findAll(ConsoleAccess.Granted g, List<String> ids) {
        TenantGroups groups = new TenantGroups(g);
        List<GroupModel> found = new ArrayList<>();
        for (String id : ids) {
            GroupModel group = groups.find(id);
            if (group == null) {
                return null;
            }
            found.add(group);
        }
        return found;
    }

    /** {@code user} (a member of this tenant) joins {@code group} (found through this class), with its admin event. */
    public static void join(ConsoleAccess.Granted g, GroupModel group, UserModel user) {
        new TenantGroups(g).addMember(group, user);
    }
}
