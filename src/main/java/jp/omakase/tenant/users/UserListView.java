package jp.omakase.tenant.users;

import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.UserModel;

import jp.omakase.profile.ProfileAttributes;
import jp.omakase.tenant.ConsoleAccess;

/**
 * View bean {@code omakaseUsers} of ユーザー管理: the search as typed, one page of 50 members with their state, the
 * range 「全N件中 X–Y件」 and the links to the previous and next page (null at an end).
 */
public final class UserListView {

    public static final int PAGE_SIZE = 50;
    /** Highest page number taken from a URL (bounds the offset asked of the database). */
    static final int MAX_PAGE = 100_000;

    /** One row; {@code stateKey} is the message key of its {@link UserState}. */
    public record Row(String id, String name, String kana, String email, String department, String stateKey, boolean admin,
                      String href) {
    }

    private final String search;
    private final String state;
    private final List<Row> rows;
    private final long total;
    private final int first;
    private final String previous;
    private final String next;

    private UserListView(String search, String state, List<Row> rows, long total, int first, String previous, String next) {
        this.search = search;
        this.state = state;
        this.rows = rows;
        this.total = total;
        this.first = first;
        this.previous = previous;
        this.next = next;
    }

    static UserListView of(ConsoleAccess.Granted access, String search, String stateParam, int page, TenantUsers users) {
        MemberQuery.Filter filter = filter(stateParam);
        String q = search == null ? "" : search.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        MemberQuery query = MemberQuery.of(access.session(), access.realm(), access.tenant(), q, filter);
        long total = query.count();
        int p = Math.max(1, Math.min(page, MAX_PAGE));
        int first = (p - 1) * PAGE_SIZE;
        String base = access.pages().url(access.path("users")).toString();
        List<Row> rows = query.ids(first, PAGE_SIZE).stream().map(id -> access.session().users().getUserById(access.realm(), id))
                .filter(Objects::nonNull).map(u -> row(access, u, base, users)).toList();
        String state = filter == MemberQuery.Filter.ALL ? "" : filter.name().toLowerCase();
        String previous = p > 1 ? link(base, q, state, p - 1) : null;
        String next = first + rows.size() < total ? link(base, q, state, p + 1) : null;
        return new UserListView(q, state, rows, total, first, previous, next);
    }

    static MemberQuery.Filter filter(String state) {
        for (MemberQuery.Filter f : MemberQuery.Filter.values()) {
            if (f.name().equalsIgnoreCase(state == null ? "" : state)) {
                return f;
            }
        }
        return MemberQuery.Filter.ALL;
    }

    private static Row row(ConsoleAccess.Granted access, UserModel u, String base, TenantUsers users) {
        return new Row(u.getId(), join(u.getLastName(), u.getFirstName()),
                join(u.getFirstAttribute(ProfileAttributes.LAST_NAME_KANA), u.getFirstAttribute(ProfileAttributes.FIRST_NAME_KANA)),
                u.getEmail(), u.getFirstAttribute(ProfileAttributes.DEPARTMENT),
                UserState.of(access.session(), access.realm(), u).messageKey(), users.isAdmin(u), base + "/" + u.getId());
    }

    private static String link(String base, String q, String state, int page) {
        UriBuilder b = UriBuilder.fromUri(base);
        if (!q.isEmpty()) {
            b.queryParam("q", q);
        }
        if (!state.isEmpty()) {
            b.queryParam("state", state);
        }
        return b.queryParam("page", page).build().toString();
    }

    static String join(String a, String b) {
        String s = ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
        return s;
    }

    public String getSearch() {
        return search;
    }

    public String getState() {
        return state;
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
