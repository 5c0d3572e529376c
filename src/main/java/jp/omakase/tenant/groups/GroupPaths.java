package jp.omakase.tenant.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.models.GroupModel;
import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;

/**
 * The bulk file's groups ({@code 営業部/東京課}): a path found among the tenant's groups, or created with its missing
 * levels (each with its admin event), and a member's groups of this tenant made exactly a given set. Paths found are
 * remembered for the life of this object (one transaction).
 */
public final class GroupPaths {

    private final TenantGroups groups;
    private final Map<String, GroupModel> known = new HashMap<>();

    public GroupPaths(ConsoleAccess.Granted access) {
        this.groups = new TenantGroups(access);
    }

    /** The groups of {@code paths}, created where missing, in order. */
    public List<GroupModel> resolve(List<String> paths) {
        List<GroupModel> out = new ArrayList<>(paths.size());
        for (String path : paths) {
            out.add(resolve(path));
        }
        return out;
    }

    private GroupModel resolve(String path) {
        GroupModel found = known.get(path);
        if (found != null) {
            return found;
        }
        GroupModel parent = null;
        StringBuilder sofar = new StringBuilder();
        for (String level : path.split("/")) {
            sofar.append(sofar.length() == 0 ? "" : "/").append(level);
            GroupModel here = known.get(sofar.toString());
            if (here == null) {
                here = groups.named(parent, level);
                here = here != null ? here : groups.create(level, parent);
                known.put(sofar.toString(), here);
            }
            parent = here;
        }
        return parent;
    }

    /** Makes {@code user}'s groups of this tenant exactly {@code wanted}; true when something changed. */
    public boolean sync(UserModel user, List<GroupModel> wanted) {
        Set<String> want = wanted.stream().map(GroupModel::getId).collect(Collectors.toSet());
        List<GroupModel> current = groups.of(user).toList();
        boolean changed = false;
        for (GroupModel g : current) {
            if (!want.contains(g.getId())) {
                groups.removeMember(g, user);
                changed = true;
            }
        }
        Set<String> have = current.stream().map(GroupModel::getId).collect(Collectors.toSet());
        for (GroupModel g : wanted) {
            if (have.add(g.getId())) {
                groups.addMember(g, user);
                changed = true;
            }
        }
        return changed;
    }
}
