package jp.omakase.tenant.groups;

import java.util.List;
import java.util.Map;

/**
 * View bean {@code omakaseGroups}: the tenant's groups as an indented tree with member counts, and the create form
 * (name, optional parent) with its field errors.
 */
public record GroupListView(List<Row> rows, String name, String parentId, Map<String, String> errors, String action) {

    /** One group: id, name, depth (0 = top level), direct members, link to its page. */
    public record Row(String id, String name, int depth, long members, String href) {
    }

    public String getNameError() {
        return errors.get(GroupName.FIELD);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
