package jp.omakase.devserver;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.omakase.security.PageSession;
import jp.omakase.testing.AdminApi;

/**
 * The run command's sample tenant サンプル株式会社, so that a newcomer can open the tenant console at once: its
 * administrator, five users with kana and departments (one still 招待中) and the groups 営業部, 営業部/東京 and 開発部.
 * Organization, accounts, role, memberships, groups and passwords go through Keycloak's admin REST API; the kana,
 * department and phone go through the console's own forms, as an administrator enters them (the {@code omakase}
 * realm's user profile does not declare them, so the admin REST API would drop them). The tenant also gets one app,
 * 「サンプルアプリ」 (カスタムOIDC, for everyone, pointing at {@code http://localhost:3000}), added through the SaaS設定 form so
 * that the users' portal shows a tile and a developer can point a local relying party at it. Every step looks first, so a
 * restart on the kept database ({@code .local/}) adds nothing.
 */
final class SampleTenant {

    static final String NAME = "サンプル株式会社";
    static final String ADMIN_EMAIL = "admin@sample.example";
    /** Meets the realm's rule (10 half-width characters, 3 of upper, lower, digit, symbol). */
    static final String PASSWORD = "Sample-Pass-2026";

    private static final String REALM = "/realms/omakase";
    private static final String CONSOLE = "/realms/omakase/omakase/tenant/";

    /** A person of the sample; {@code group} is a path or null; no password: the user stays 招待中. */
    private record Person(String email, String lastName, String firstName, String lastNameKana, String firstNameKana,
                          String department, String group, boolean password) {
    }

    private static final Person ADMIN = new Person(ADMIN_EMAIL, "佐藤", "一郎", "サトウ", "イチロウ", "総務部", null, true);
    private static final List<Person> PEOPLE = List.of(
            new Person("suzuki.hanako@sample.example", "鈴木", "花子", "スズキ", "ハナコ", "営業部", "営業部/東京", true),
            new Person("takahashi.kenta@sample.example", "高橋", "健太", "タカハシ", "ケンタ", "営業部", "営業部", true),
            new Person("watanabe.shota@sample.example", "渡辺", "翔太", "ワタナベ", "ショウタ", "営業部", "営業部/東京", true),
            new Person("tanaka.misaki@sample.example", "田中", "美咲", "タナカ", "ミサキ", "開発部", "開発部", true),
            new Person("ito.yui@sample.example", "伊藤", "結衣", "イトウ", "ユイ", "開発部", "開発部", false));
    private static final List<String> GROUPS = List.of("営業部", "営業部/東京", "開発部");
    static final String APP_NAME = "サンプルアプリ";
    private static final String APP_URL = "http://localhost:3000";

    private final AdminApi admin;
    private int created;

    private SampleTenant(AdminApi admin) {
        this.admin = admin;
    }

    /** Makes what is missing of the sample tenant; returns the lines for the banner. */
    static Banner ensure(AdminApi admin, String base) {
        SampleTenant sample = new SampleTenant(admin);
        String org = sample.organization();
        String adminId = sample.account(org, ADMIN);
        admin.grantRealmRole("omakase", adminId, "omakase-tenant-admin");
        PageSession console = new PageSession(base);
        HttpResponse<String> home = console.logIn(CONSOLE + org + "/", ADMIN_EMAIL, PASSWORD);
        if (!PageSession.has(home, "omakase-console-tenant")) {
            return new Banner("sample tenant: the administrator's login failed (" + home.statusCode() + ")", "not added");
        }
        String csrf = PageSession.csrf(console.get(CONSOLE + org + "/users/new")).orElseThrow();
        sample.profile(console, csrf, org, adminId);
        Map<String, String> groups = sample.groups(org);
        for (Person p : PEOPLE) {
            String id = admin.userIdByEmail("omakase", p.email());
            if (id == null) {
                console.post(CONSOLE + org + "/users", form(csrf, p, false));
                id = admin.userIdByEmail("omakase", p.email());
                sample.created++;
            }
            if (p.password() && admin.get(REALM + "/users/" + id + "/credentials").isEmpty()) {
                admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                        Map.of("type", "password", "value", PASSWORD, "temporary", false)); // also ends UPDATE_PASSWORD
            }
            admin.send("PUT", REALM + "/organizations/" + org + "/groups/" + groups.get(p.group()) + "/members/" + id, null);
        }
        String app = sample.app(console, csrf, org);
        return new Banner((sample.created == 0 ? "already there" : sample.created + " objects created") + "; " + (PEOPLE.size() + 1)
                + " users", app);
    }

    /** The banner's lines: the tenant's state, the sample app's client. */
    record Banner(String tenant, String app) {
    }

    /** The sample app (カスタムOIDC, confidential, for all the tenant's users) when the tenant has none of that name. */
    private String app(PageSession console, String csrf, String org) {
        JsonNode apps = admin.get(REALM + "/clients?q=omakase.tenant:" + org);
        for (JsonNode c : apps) {
            if (APP_NAME.equals(c.path("attributes").path("omakase.displayName").asText())) {
                return describe(c);
            }
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("csrf", List.of(csrf));
        form.put("template", List.of("custom-oidc"));
        form.put("displayName", List.of(APP_NAME));
        form.put("field.redirectUris", List.of(APP_URL + "/callback"));
        form.put("clientType", List.of("confidential"));
        form.put("loginUrl", List.of(APP_URL + "/login"));
        HttpResponse<String> page = console.post(CONSOLE + org + "/apps", form);
        String id = page.uri().getPath().replaceAll(".*/apps/", "");
        if (page.statusCode() != 200 || id.contains("/")) {
            return "not added (" + page.statusCode() + ")";
        }
        created++;
        return describe(admin.get(REALM + "/clients/" + id));
    }

    private String describe(JsonNode client) {
        String secret = admin.get(REALM + "/clients/" + client.path("id").asText() + "/client-secret").path("value").asText();
        return "client id " + client.path("clientId").asText() + ", secret " + secret + ", redirect " + APP_URL + "/callback";
    }

    private String organization() {
        JsonNode found = admin.get(REALM + "/organizations?exact=true&search=" + URLEncoder.encode(NAME, StandardCharsets.UTF_8));
        if (!found.isEmpty()) {
            return found.get(0).path("id").asText();
        }
        AdminApi.Response org = admin.send("POST", REALM + "/organizations", Map.of("name", NAME, "alias", "sample", "enabled", true,
                "domains", List.of(Map.of("name", "sample.example"))));
        created++;
        return org.location().substring(org.location().lastIndexOf('/') + 1);
    }

    /** The account of {@code p} (created with its password when missing) as a member of {@code org}. */
    private String account(String org, Person p) {
        String id = admin.userIdByEmail("omakase", p.email());
        if (id == null) {
            id = admin.createUser("omakase", Map.of("username", p.email(), "email", p.email(), "enabled", true, "emailVerified", true,
                    "firstName", p.firstName(), "lastName", p.lastName(), "attributes", Map.of("locale", List.of("ja")),
                    "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
            created++;
        }
        admin.send("POST", REALM + "/organizations/" + org + "/members", id); // 409 when already a member
        return id;
    }

    /** The administrator's kana, department and phone through the console's edit form, when its page shows no kana yet. */
    private void profile(PageSession console, String csrf, String org, String adminId) {
        if (PageSession.byId(console.get(CONSOLE + org + "/users/" + adminId), "omakase-user-kana").isBlank()) {
            console.post(CONSOLE + org + "/users/" + adminId + "/edit", form(csrf, ADMIN, true));
            created++;
        }
    }

    /** Group path → id, creating the missing ones (parents first). */
    private Map<String, String> groups(String org) {
        Map<String, String> ids = new HashMap<>();
        for (String path : GROUPS) {
            String groups = REALM + "/organizations/" + org + "/groups/";
            AdminApi.Response found = admin.send("GET", groups + "group-by-path/" + URLEncoder.encode(path, StandardCharsets.UTF_8)
                    .replace("%2F", "/").replace("+", "%20"), null);
            if (found.status() == 200) {
                ids.put(path, found.json().path("id").asText());
                continue;
            }
            int slash = path.lastIndexOf('/');
            String name = path.substring(slash + 1);
            AdminApi.Response made = slash < 0 ? admin.send("POST", groups, Map.of("name", name))
                    : admin.send("POST", groups + ids.get(path.substring(0, slash)) + "/children", Map.of("name", name));
            String location = made.location();
            ids.put(path, location.substring(location.lastIndexOf('/') + 1));
            created++;
        }
        return ids;
    }

    private static Map<String, List<String>> form(String csrf, Person p, boolean administrator) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("csrf", List.of(csrf));
        form.put("lastName", List.of(p.lastName()));
        form.put("firstName", List.of(p.firstName()));
        form.put("lastNameKana", List.of(p.lastNameKana()));
        form.put("firstNameKana", List.of(p.firstNameKana()));
        form.put("email", List.of(p.email()));
        form.put("department", List.of(p.department()));
        form.put("phone", List.of("03-1234-5678"));
        if (administrator) {
            form.put("admin", List.of("true"));
        }
        return form;
    }
}
