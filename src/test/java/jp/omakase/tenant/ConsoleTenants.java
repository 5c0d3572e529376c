package jp.omakase.tenant;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.TestEnvironment;

/**
 * Tenants for the console tests, made through Keycloak's admin REST API (fast, no order): an Organization of the
 * service realm, its administrator (member + realm role {@code omakase-tenant-admin}, password set) and more members.
 */
public final class ConsoleTenants {

    public static final String PASSWORD = "Tenant-Pass-2026";
    public static final String CONSOLE = "/realms/omakase/omakase/tenant/";

    /** A tenant: Organization id and name, its administrator's e-mail and id. */
    public record Tenant(String id, String name, String adminEmail, String adminId) {

        public String console(String path) {
            return CONSOLE + id + "/" + path;
        }
    }

    private ConsoleTenants() {
    }

    public static Tenant create(TestEnvironment env, String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AdminApi admin = env.admin();
        AdminApi.Response org = admin.send("POST", "/realms/omakase/organizations", Map.of("name", name + suffix, "alias", "t-" + suffix,
                "enabled", true, "domains", List.of(Map.of("name", "t-" + suffix + ".example.jp"))));
        if (org.status() != 201) {
            throw new AssertionError("organization creation answered " + org.status() + ": " + org.body());
        }
        String orgId = org.location().substring(org.location().lastIndexOf('/') + 1);
        String email = "admin-" + suffix + "@example.jp";
        String adminId = member(env, orgId, email, "管理", "花子", true);
        return new Tenant(orgId, name + suffix, email, adminId);
    }

    /** A member of {@code orgId} with a password; {@code administrator}: also the tenant-administrator role. */
    /** Makes the user {@code userId} a member of {@code orgId} too. */
    public static void join(TestEnvironment env, String orgId, String userId) {
        AdminApi.Response added = env.admin().send("POST", "/realms/omakase/organizations/" + orgId + "/members", userId);
        if (added.status() != 201) {
            throw new AssertionError("membership answered " + added.status() + ": " + added.body());
        }
    }

    public static String member(TestEnvironment env, String orgId, String email, String lastName, String firstName, boolean administrator) {
        AdminApi admin = env.admin();
        String id = admin.createUser("omakase", Map.of("username", email, "email", email, "enabled", true, "emailVerified", true,
                "firstName", firstName, "lastName", lastName,
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        join(env, orgId, id);
        if (administrator) {
            admin.grantRealmRole("omakase", id, "omakase-tenant-admin");
        }
        return id;
    }
}
