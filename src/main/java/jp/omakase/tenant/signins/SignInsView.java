package jp.omakase.tenant.signins;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import jp.omakase.tenant.ConsoleAccess;

/**
 * View bean {@code omakaseSignIns} of ログイン履歴: the filter as typed, 50 rows a page with 「全N件中 X–Y件」, links to the
 * previous and next page (null at an end) and to the CSV of the same filter.
 */
public final class SignInsView {

    public static final int PAGE_SIZE = 50;

    private final SignInFilter filter;
    private final List<SignInRow> rows;
    private final long total;
    private final int first;
    private final String base;
    private final int page;

    private SignInsView(SignInFilter filter, List<SignInRow> rows, long total, int first, String base, int page) {
        this.filter = filter;
        this.rows = rows;
        this.total = total;
        this.first = first;
        this.base = base;
        this.page = page;
    }

    static SignInsView of(ConsoleAccess.Granted access, SignInFilter filter, int requestedPage) {
        String base = access.pages().url(access.path("sign-ins")).toString();
        if (filter.empty()) {
            return new SignInsView(filter, List.of(), 0, 0, base, 1);
        }
        SignInQuery query = new SignInQuery(access, filter);
        long total = query.count();
        int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), last);
        int first = (page - 1) * PAGE_SIZE;
        return new SignInsView(filter, SignInRow.of(access, query.page(first, PAGE_SIZE)), total, first, base, page);
    }

    public String getEmail() {
        return filter.email();
    }

    public String getFrom() {
        return filter.from();
    }

    public String getTo() {
        return filter.to();
    }

    public boolean isInvalidDate() {
        return filter.invalid();
    }

    public List<SignInRow> getRows() {
        return rows;
    }

    public String getTotal() {
        return Long.toString(total);
    }

    public String getRangeFrom() {
        return Integer.toString(first + 1);
    }

    public String getRangeTo() {
        return Long.toString(first + rows.size());
    }

    public String getPrevious() {
        return page > 1 ? link(base, page - 1) : null;
    }

    public String getNext() {
        return first + rows.size() < total ? link(base, page + 1) : null;
    }

    public String getCsv() {
        return link(base + "/csv", 0);
    }

    private String link(String path, int toPage) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        put(query, "email", filter.email());
        put(query, "from", filter.from());
        put(query, "to", filter.to());
        if (toPage > 0) {
            query.add("page=" + toPage);
        }
        return path + query;
    }

    private static void put(StringJoiner query, String name, String value) {
        if (!value.isEmpty()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
