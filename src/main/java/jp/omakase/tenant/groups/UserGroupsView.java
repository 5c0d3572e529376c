package jp.omakase.tenant.groups;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.models.GroupModel;
import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;

/**
 * View bean {@code omakaseUserGroups} of the user page: the user's groups of this tenant (by path, 営業部 / 東京課) with
 * 外す, the tenant's other groups for the add form, and the base URL of both forms.
 */
public record UserGroupsView(List<Item> groups, List<Item> others, String base) {

    /** One group: id and its path from the top of the tenant. */
    public record Item(String id, String path) {
    }

    /** The groups of {@code user} in the granted tenant. */
    public static UserGroupsView of(ConsoleAccess.Granted g, UserModel user) {
        Set<String> mine = new TenantGroups(g).of(user).map(GroupModel::getId).collect(Collectors.toSet());
        List<Item> all = GroupChoices.all(g).stream().map(c -> new Item(c.id(), c.path())).toList();
        return new UserGroupsView(all.stream().filter(i -> mine.contains(i.id())).toList(),
                all.stream().filter(i -> !mine.contains(i.id())).toList(),
                g.pages().url(g.path("users/" + user.getId() + "/groups")).toString());
    }
}
