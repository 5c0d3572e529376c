package jp.omakase.tenant.groups;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.GroupModel;
import org.keycloak.models.UserModel;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleResults;
import jp.omakase.tenant.ConsoleView;

/** Renders the pages of グループ管理 from a granted request: the list with the create form, a group's page, the delete confirmation. */
final class GroupPages {

    static final int PAGE_SIZE = 50;

    private final PageRequest pages;
    private final ConsoleAccess.Granted g;
    private final TenantGroups groups;

    GroupPages(PageRequest pages, ConsoleAccess.Granted g) {
        this.pages = pages;
        this.g = g;
        this.groups = new TenantGroups(g);
    }

    TenantGroups groups() {
        return groups;
    }

    Response list(String done, String name, String parentId, Map<String, String> errors) {
        List<GroupListView.Row> rows = groups.tree().stream().map(n -> new GroupListView.Row(n.group().getId(), n.group().getName(),
                n.depth(), n.members(), base(n.group()))).toList();
        GroupListView view = new GroupListView(rows, name == null ? "" : name, parentId == null ? "" : parentId, errors,
                pages.url(g.path("groups")).toString());
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.GROUPS, done))
                .setAttribute("omakaseGroups", view).createForm("omakase-console-groups.ftl");
    }

    Response group(GroupModel group, int page, String input, Map<String, String> errors, String template) {
        long total = groups.memberCount(group);
        int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(page, 1), last);
        int first = (p - 1) * PAGE_SIZE;
        List<GroupView.Member> members = groups.members(group, first, PAGE_SIZE).stream().map(this::member).toList();
        String base = base(group);
        GroupView view = new GroupView(group.getId(), group.getName(), groups.parent(group) == null ? null : groups.parent(group).getName(),
                total, group.getSubGroupsCount(), members, total == 0 ? 0 : first + 1, first + members.size(),
                p > 1 ? pageUrl(base, p - 1) : null, p < last ? pageUrl(base, p + 1) : null, base,
                input == null ? group.getName() : input, errors);
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.GROUPS, null))
                .setAttribute("omakaseGroup", view).createForm(template);
    }

    Response done(String result) {
        return Response.seeOther(UriBuilder.fromUri(pages.url(g.path("groups"))).queryParam(ConsoleResults.PARAM, result).build()).build();
    }

    /** Back to the group's page after a member change (its result line is the page itself). */
    Response back(GroupModel group) {
        return Response.seeOther(java.net.URI.create(base(group))).build();
    }

    private GroupView.Member member(UserModel u) {
        String name = ((u.getLastName() == null ? "" : u.getLastName()) + " " + (u.getFirstName() == null ? "" : u.getFirstName())).strip();
        return new GroupView.Member(u.getId(), name, u.getEmail(), pages.url(g.path("users/" + u.getId())).toString());
    }

    private String base(GroupModel group) {
        return pages.url(g.path("groups/" + group.getId())).toString();
    }

    private static String pageUrl(String base, int page) {
        return UriBuilder.fromUri(base).queryParam("page", page).build().toString();
    }
}
