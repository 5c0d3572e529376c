package jp.omakase.tenant.users;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What a ユーザー管理 URL asks for besides the page: the search, the state, the group and the sort
 * ({@code ?q=&state=&group=&sort=name|kana|email&dir=asc|desc}), read leniently (an unknown state or sort is the default,
 * never an error) and written back into the links of the sortable headers and the pager, so each keeps the others.
 */
record UserListParams(String search, MemberQuery.Filter filter, String group, MemberQuery.Sort sort, boolean descending) {

    /** Longest search taken from a URL. */
    static final int MAX_SEARCH = 100;

    static UserListParams read(String q, String state, String group, String sort, String dir) {
        String search = q == null ? "" : q.strip();
        if (search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        return new UserListParams(search, filter(state), group == null || group.isBlank() ? null : group.strip(),
                MemberQuery.Sort.parse(sort), "desc".equalsIgnoreCase(dir));
    }

    static MemberQuery.Filter filter(String state) {
        for (MemberQuery.Filter f : MemberQuery.Filter.values()) {
            if (f.name().equalsIgnoreCase(state == null ? "" : state)) {
                return f;
            }
        }
        return MemberQuery.Filter.ALL;
    }

    /** The state as the URL and the select spell it; empty for all. */
    String state() {
        return filter == MemberQuery.Filter.ALL ? "" : filter.name().toLowerCase(Locale.ROOT);
    }

    /** The same list sorted by {@code by} (the direction flips when it is already sorted by it ascending), page 1. */
    UserListParams sortedBy(MemberQuery.Sort by) {
        return new UserListParams(search, filter, group, by, by == sort && !descending);
    }

    /** The URL of page {@code page} of this list; the default sort (name, ascending) and page 1 are left out. */
    String link(String base, int page) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "q", search);
        add(query, "state", state());
        add(query, "group", group);
        if (sort != MemberQuery.Sort.NAME || descending) {
            add(query, "sort", sort.name().toLowerCase(Locale.ROOT));
            add(query, "dir", descending ? "desc" : "asc");
        }
        add(query, "page", page > 1 ? Integer.toString(page) : null);
        return base + query;
    }

    /** A parameter encoded by hand: a search may hold {@code {x}}, which {@code UriBuilder} would take for a template. */
    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
