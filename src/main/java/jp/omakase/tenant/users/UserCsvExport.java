package jp.omakase.tenant.users;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.UserModel;

import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.csv.CsvColumn;
import jp.omakase.tenant.csv.CsvOperation;
import jp.omakase.tenant.csv.UserCsvWriter;
import jp.omakase.tenant.csv.UserRow;
import jp.omakase.tenant.groups.MemberGroupPaths;

/**
 * The export of every member of the tenant in the bulk format (操作 = 変更, so an edited export can be checked and later
 * applied as is), {@link #PAGE} members at a time from {@link MemberQuery}: never all users in memory.
 */
final class UserCsvExport {

    static final int PAGE = 200;

    private UserCsvExport() {
    }

    static void write(ConsoleAccess.Granted g, OutputStream out) throws IOException {
        MemberQuery members = MemberQuery.of(g.session(), g.realm(), g.tenant(), null, MemberQuery.Filter.ALL);
        try (UserCsvWriter writer = UserCsvWriter.open(out)) {
            for (int first = 0; ; first += PAGE) {
                List<String> ids = members.ids(first, PAGE);
                for (String id : ids) {
                    UserModel u = g.session().users().getUserById(g.realm(), id);
                    if (u != null) {
                        writer.write(row(g, u));
                    }
                }
                if (ids.size() < PAGE) {
                    break;
                }
            }
        }
    }

    static UserRow row(ConsoleAccess.Granted g, UserModel u) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (CsvColumn c : CsvColumn.ATTRIBUTES) {
            String v = switch (c) {
                case LAST_NAME -> u.getLastName();
                case FIRST_NAME -> u.getFirstName();
                default -> u.getFirstAttribute(c.attribute());
            };
            attributes.put(c.attribute(), v == null ? "" : v);
        }
        String email = u.getEmail() == null ? u.getUsername() : u.getEmail();
        return new UserRow(CsvOperation.CHANGE, email, attributes, MemberGroupPaths.of(g, u), u.hasDirectRole(g.adminRole()));
    }
}
