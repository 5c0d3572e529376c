package jp.omakase.tenant.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;

/**
 * The Organization groups of one tenant (Keycloak 26.6+ {@code OrganizationProvider} group API): the tree, lookups
 * that only ever find this Organization's groups, and the changes, each with its admin event.
 */
public final class TenantGroups {

    /** One group of the tree with its depth (0 = top level) and its number of direct members. */
    public record Node(GroupModel group, int depth, long members) {
    }

    private final ConsoleAccess.Granted access;

    public TenantGroups(ConsoleAccess.Granted access) {
        this.access = access;
    }

    /**
     * The group {@code groupId} if it is an Organization group of this tenant (not its internal membership group),
     * else null: an unknown id, a realm group or another tenant's group all read as "not found".
     */
    public GroupModel find(String groupId) {
        if (groupId == null || groupId.isBlank() || groupId.length() > 36) {
            return null;
        }
        GroupModel group = access.realm().getGroupById(groupId);
        if (group == null || group.getType() != GroupModel.Type.ORGANIZATION || group.getOrganization() == null
                || !access.tenant().getId().equals(group.getOrganization().getId())) {
            return null;
        }
        GroupModel internal = access.orgs().getOrganizationGroup(access.tenant());
        return internal != null && internal.getId().equals(group.getId()) ? null : group;
    }

    /**
     * The groups of this tenant that {@code user} is a direct member of. Keycloak leaves Organization groups out of
     * {@code UserModel.getGroupsStream()}, so they are asked of the Organization.
     */
    Stream<GroupModel> of(UserModel user) {
        return access.orgs().getOrganizationGroupsByMember(access.tenant(), user).map(g -> find(g.getId())).filter(g -> g != null);
    }

    /**
     * The ids of the tenant's groups {@code user} is in, directly or through a sub-group (the multi-factor policy's
     * "groups" applies to a chosen group's sub-groups too), read through {@link #of} outside a console request.
     */
    public static Set<String> memberGroupIds(KeycloakSession session, OrganizationModel tenant, UserModel user) {
        TenantGroups groups = new TenantGroups(ConsoleAccess.Granted.forJob(session, session.getContext().getRealm(), user, tenant, null));
        Set<String> ids = new java.util.HashSet<>();
        groups.of(user).forEach(g -> {
            for (GroupModel at = g; at != null && ids.add(at.getId()); at = groups.parent(at)) {
                // walk up to the top of the tenant
            }
        });
        return ids;
    }

    /** The member {@code userId} of this tenant, or null. */
    UserModel tenantMember(String userId) {
        return access.member(userId);
    }

    /**
     * The parent of {@code group} as the tenant sees it, or null for a top-level group (whose parent in Keycloak is the
     * Organization's internal group).
     */
    GroupModel parent(GroupModel group) {
        GroupModel parent = group.getParent();
        GroupModel internal = access.orgs().getOrganizationGroup(access.tenant());
        return parent == null || internal != null && internal.getId().equals(parent.getId()) ? null : parent;
    }

    /** The group's path from the top of the tenant: 営業部 / 東京課. */
    public String path(GroupModel group) {
        return path(group, " / ");
    }

    /** The group's path with {@code separator} between the levels ({@code "/"} in the bulk file). */
    String path(GroupModel group, String separator) {
        GroupModel parent = parent(group);
        return parent == null ? group.getName() : path(parent, separator) + separator + group.getName();
    }

    /** Every group of the tenant, depth-first, siblings by name. */
    public List<Node> tree() {
        List<Node> nodes = new ArrayList<>();
        access.orgs().getTopLevelGroups(access.tenant(), null, null).sorted(GroupModel.COMPARE_BY_NAME)
                .forEach(g -> walk(g, 0, nodes));
        return nodes;
    }

    /** Every group of the tenant with its path (営業部 / 東京課), in the order of {@link #tree()}, without member counts. */
    List<GroupChoices.Choice> choices() {
        List<GroupChoices.Choice> out = new ArrayList<>();
        access.orgs().getTopLevelGroups(access.tenant(), null, null).sorted(GroupModel.COMPARE_BY_NAME)
                .forEach(g -> choices(g, g.getName(), out));
        return out;
    }

    private static void choices(GroupModel group, String path, List<GroupChoices.Choice> out) {
        out.add(new GroupChoices.Choice(group.getId(), path));
        group.getSubGroupsStream().sorted(GroupModel.COMPARE_BY_NAME).forEach(c -> choices(c, path + " / " + c.getName(), out));
    }

    private void walk(GroupModel group, int depth, List<Node> nodes) {
        nodes.add(new Node(group, depth, memberCount(group)));
        group.getSubGroupsStream().sorted(GroupModel.COMPARE_BY_NAME).forEach(c -> walk(c, depth + 1, nodes));
    }

    /** The direct members of {@code group}: one count query (users are not loaded). */
    long memberCount(GroupModel group) {
        return access.session().users().getUsersCount(access.realm(), Set.of(group.getId()));
    }

    /** The members of {@code group}, one page, in the database's order (by username, which is the e-mail here). */
    List<UserModel> members(GroupModel group, int first, int max) {
        return access.session().users().getGroupMembersStream(access.realm(), group, first, max).toList();
    }

    /** True when a sibling under {@code parent} (null = top level), other than {@code self}, has {@code name}. */
    boolean siblingNamed(GroupModel parent, String name, GroupModel self) {
        Stream<GroupModel> siblings = parent == null ? access.orgs().getTopLevelGroups(access.tenant(), null, null)
                : parent.getSubGroupsStream();
        return siblings.anyMatch(g -> g.getName().equals(name) && (self == null || !g.getId().equals(self.getId())));
    }

    /** The group named {@code name} under {@code parent} (null = top level), or null. */
    GroupModel named(GroupModel parent, String name) {
        Stream<GroupModel> siblings = parent == null ? access.orgs().getTopLevelGroups(access.tenant(), null, null)
                : parent.getSubGroupsStream();
        return siblings.filter(g -> g.getName().equals(name)).findFirst().orElse(null);
    }

    GroupModel create(String name, GroupModel parent) {
        GroupModel group = access.orgs().createGroup(access.tenant(), name, parent);
        GroupEvents.group(access, OperationType.CREATE, group.getId(), "created",
                parent == null ? Map.of() : Map.of("parentId", parent.getId()));
        return group;
    }

    void rename(GroupModel group, String name) {
        group.setName(name);
        GroupEvents.group(access, OperationType.UPDATE, group.getId(), "renamed", Map.of());
    }

    void delete(GroupModel group) {
        String id = group.getId();
        access.session().groups().removeGroup(access.realm(), group);
        GroupEvents.group(access, OperationType.DELETE, id, "deleted", Map.of());
    }

    void addMember(GroupModel group, UserModel user) {
        if (!user.isMemberOf(group)) {
            user.joinGroup(group);
            GroupEvents.membership(access, OperationType.CREATE, group.getId(), user.getId(), "member-added");
        }
    }

    void removeMember(GroupModel group, UserModel user) {
        if (user.isMemberOf(group)) {
            user.leaveGroup(group);
            GroupEvents.membership(access, OperationType.DELETE, group.getId(), user.getId(), "member-removed");
        }
    }
}
