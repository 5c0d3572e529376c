package jp.omakase.tenant.users;

import java.util.List;
import java.util.Objects;

import org.keycloak.models.UserModel;

import jp.omakase.profile.ProfileAttributes;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.groups.GroupChoices;

/**
 * View bean {@code omakaseUsers} of ユーザー管理: the search as typed, the filters (state, group), the table's columns with
 * their sort links ({@code aria-sort} on the current one), one page of 50 members with their state, the range
 * 「全N件中 X–Y件」 and the links to the previous and next page (null at an end), each keeping search, filters and sort.
 */
public final class UserListView {

    public static final int PAGE_SIZE = 50;
    /** Highest page number taken from a URL (bounds the offset asked of the database). */
    static final int MAX_PAGE = 100_000;

    /** One row; {@code stateKey} is the message key of its {@link UserState}. */
    public record Row(String id, String name, String kana, String email, String department, String stateKey, boolean admin,
                      String href) {
    }

    /**
     * A column header: label key, the link that sorts by it (null: not sortable) and its {@code aria-sort}
     * ({@code ascending}, {@code descending}, or null when the list is not sorted by it).
     */
    public record Column(String labelKey, String href, String ariaSort) {
    }

    private record Pager(String previous, String next) {
    }

    private final UserListParams params;
    private final List<GroupChoices.Choice> groups;
    private final List<Column> columns;
    private final List<Row> rows;
    private final long total;
    private final int first;
    private final String previous;
    private final String next;

    private UserListView(UserListParams params, List<GroupChoices.Choice> groups, List<Column> columns, List<Row> rows, long total,
                         int first, Pager pager) {
        this.params = params;
        this.groups = groups;
        this.columns = columns;
        this.rows = rows;
        this.total = total;
        this.first = first;
        this.previous = pager.previous();
        this.next = pager.next();
    }

    /** The page; {@code params.group()} must be a group of this tenant (the resource answers 404 otherwise). */
    static UserListView of(ConsoleAccess.Granted access, UserListParams params, int page, TenantUsers users) {
        MemberQuery query = MemberQuery.of(access.session(), access.realm(), access.tenant(), params.search(), params.filter())
                .inGroup(params.group()).sorted(params.sort(), params.descending());
        long total = query.count();
        int p = Math.max(1, Math.min(page, MAX_PAGE));
        int first = (p - 1) * PAGE_SIZE;
        String base = access.pages().url(access.path("users")).toString();
        List<Row> rows = query.ids(first, PAGE_SIZE).stream().distinct()
                .map(id -> access.session().users().getUserById(access.realm(), id))
                .filter(Objects::nonNull).map(u -> row(access, u, base, users)).toList();
        String previous = p > 1 ? params.link(base, p - 1) : null;
        String next = first + rows.size() < total ? params.link(base, p + 1) : null;
        return new UserListView(params, GroupChoices.all(access), columns(params, base), rows, total, first,
                new Pager(previous, next));
    }

    /** 氏名, フリガナ and メールアドレス sort (a link each); 部署名, 状態 and 権限 do not. */
    static List<Column> columns(UserListParams params, String base) {
        return List.of(sortable("omakaseConsoleColumnName", MemberQuery.Sort.NAME, params, base),
                sortable("omakaseConsoleColumnKana", MemberQuery.Sort.KANA, params, base),
                sortable("omakaseConsoleFieldEmail", MemberQuery.Sort.EMAIL, params, base),
                new Column("omakaseConsoleFieldDepartment", null, null), new Column("omakaseConsoleColumnState", null, null),
                new Column("omakaseConsoleColumnRole", null, null));
    }

    private static Column sortable(String labelKey, MemberQuery.Sort sort, UserListParams params, String base) {
        String aria = params.sort() != sort ? null : params.descending() ? "descending" : "ascending";
        return new Column(labelKey, params.sortedBy(sort).link(base, 1), aria);
    }

    private static Row row(ConsoleAccess.Granted access, UserModel u, String base, TenantUsers users) {
        return new Row(u.getId(), join(u.getLastName(), u.getFirstName()),
                join(u.getFirstAttribute(ProfileAttributes.LAST_NAME_KANA), u.getFirstAttribute(ProfileAttributes.FIRST_NAME_KANA)),
                u.getEmail(), u.getFirstAttribute(ProfileAttributes.DEPARTMENT),
                UserState.of(access.session(), access.realm(), u).messageKey(), users.isAdmin(u), base + "/" + u.getId());
    }

    static String join(String a, String b) {
        String s = ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
        return s;
    }

    public String getSearch() {
        return params.search();
    }

    public String getState() {
        return params.state();
    }

    /** The group filter's id, empty for every group. */
    public String getGroup() {
        return params.group() == null ? "" : params.group();
    }

    /** The tenant's groups by path, for the group filter. */
    public List<GroupChoices.Choice> getGroups() {
        return groups;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<String> getStates() {
        return List.of("active", "disabled", "invited");
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    /** 1-based number of the first row shown (0 when there is none). */
    public long getFrom() {
        return rows.isEmpty() ? 0 : first + 1L;
    }

    public long getTo() {
        return first + (long) rows.size();
    }

    public String getPrevious() {
        return previous;
    }

    public String getNext() {
        return next;
    }
}
