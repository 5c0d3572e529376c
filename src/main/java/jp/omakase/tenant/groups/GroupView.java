package jp.omakase.tenant.groups;

import java.util.List;
import java.util.Map;

/**
 * View bean {@code omakaseGroup}: one group (name, parent, counts), its members of one page with 前へ / 次へ, the rename
 * and add-member forms with their field errors, and the base URL of its actions.
 */
public record GroupView(String id, String name, String parentName, long total, long subgroups, List<Member> members,
                        int from, int to, String previous, String next, String base, String input, Map<String, String> errors) {

    /** One member: id, name, e-mail, link to the user's page. */
    public record Member(String id, String name, String email, String href) {
    }

    public String getNameError() {
        return errors.get(GroupName.FIELD);
    }

    public String getEmailError() {
        return errors.get(GroupsResource.EMAIL_FIELD);
    }
}
