package jp.omakase.tenant;

import static jp.omakase.security.PageSession.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 15, グループ管理 against the real server over HTTP: create (field errors, names unique among siblings only),
 * nest, rename, members (add by e-mail, only this tenant's users; remove), delete through the confirmation page that
 * says what is lost, the result lines and the admin events with the tenant id.
 */
@KeycloakIT
class TenantGroupsIT {

    private static final Pattern ROW = Pattern.compile(
            "data-group-id=\"([^\"]+)\" data-depth=\"(\\d+)\">\\s*<td[^>]*><a href=\"[^\"]+\">([^<]+)</a>");

    @Test
    void administratorBuildsATreeOfGroupsWithMembersAndDeletesItThroughTheConfirmation(TestEnvironment env) {
        ConsoleTenants.Tenant t = ConsoleTenants.create(env, "組織商事");
        ConsoleTenants.Tenant other = ConsoleTenants.create(env, "他社");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String memberEmail = "g-member-" + suffix + "@example.jp";
        String memberId = ConsoleTenants.member(env, t.id(), memberEmail, "山田", "一郎", false);
        PageSession admin = new PageSession(env.baseUrl());
        HttpResponse<String> list = admin.logIn(t.console("groups"), t.adminEmail(), ConsoleTenants.PASSWORD);
        assertOk(list);
        assertTrue(PageSession.has(list, "omakase-groups-empty"), list.body());
        assertTrue(list.body().contains("id=\"omakase-console-nav-groups\" href="), "グループ管理 is a link now");
        String csrf = PageSession.csrf(list).orElseThrow();

        HttpResponse<String> empty = admin.post(t.console("groups"), Map.of("csrf", List.of(csrf), "name", List.of("  ")));
        assertOk(empty);
        assertEquals("入力してください。", PageSession.byId(empty, "name-error"));
        assertEquals("「/」は使用できません。", PageSession.byId(admin.post(t.console("groups"), form(csrf, "営業/東京", "")), "name-error"));
        assertEquals("長すぎます。", PageSession.byId(admin.post(t.console("groups"), form(csrf, "あ".repeat(101), "")), "name-error"));
        assertEquals(403, admin.post(t.console("groups"), Map.of("name", List.of("営業部"))).statusCode(), "no form token");

        HttpResponse<String> created = admin.post(t.console("groups"), form(csrf, "営業部", ""));
        assertOk(created);
        assertTrue(created.uri().toString().endsWith("/groups?done=group-created"), created.uri().toString());
        assertEquals("グループを作成しました。", PageSession.byId(created, "omakase-console-result"));
        String sales = rows(created).get("営業部")[0];
        assertOk(admin.post(t.console("groups"), form(csrf, "東京課", sales)));
        HttpResponse<String> twice = admin.post(t.console("groups"), form(csrf, "東京課", sales));
        assertEquals("同じ親グループの中に同じ名前のグループがあります。別の名前を入力してください。", PageSession.byId(twice, "name-error"));
        HttpResponse<String> tree = admin.post(t.console("groups"), form(csrf, "東京課", ""));
        assertEquals("グループを作成しました。", PageSession.byId(tree, "omakase-console-result"), "the same name at another level is fine");
        Map<String, String[]> rows = rows(tree);
        String tokyo = rows.get("東京課@1")[0];
        assertEquals(3, count(tree), tree.body());

        // members: add by e-mail (this tenant's users only), remove
        HttpResponse<String> group = admin.get(t.console("groups/" + tokyo));
        assertOk(group);
        assertEquals("東京課", PageSession.byId(group, "omakase-group-name"));
        assertEquals("親グループ: 営業部", PageSession.byId(group, "omakase-group-parent"));
        HttpResponse<String> stranger = admin.post(t.console("groups/" + tokyo + "/members"), email(csrf, other.adminEmail()));
        assertEquals("このテナントにこのメールアドレスのユーザーはいません。", PageSession.byId(stranger, "email-error"));
        assertFalse(stranger.body().contains(other.name()));
        HttpResponse<String> added = admin.post(t.console("groups/" + tokyo + "/members"), email(csrf, memberEmail));
        assertOk(added);
        assertTrue(added.body().contains("data-user-id=\"" + memberId + "\""), added.body());
        assertEquals("全1件中 1–1件", PageSession.byId(added, "omakase-group-range"));
        assertTrue(env.admin().get(orgGroup(t, tokyo) + "/members").toString().contains(memberId), "the database holds it");
        assertEquals("1人", members(admin.get(t.console("groups")), tokyo));

        // the user page: the user's groups by path, add and remove
        HttpResponse<String> userPage = admin.get(t.console("users/" + memberId));
        assertTrue(userPage.body().contains("data-group-id=\"" + tokyo + "\"><span>営業部 / 東京課</span>"), userPage.body());
        HttpResponse<String> joined = admin.post(t.console("users/" + memberId + "/groups"),
                Map.of("csrf", List.of(csrf), "group", List.of(sales)));
        assertTrue(joined.body().contains("data-group-id=\"" + sales + "\"><span>営業部</span>"), joined.body());
        HttpResponse<String> left = admin.post(t.console("users/" + memberId + "/groups/" + sales + "/remove"),
                Map.of("csrf", List.of(csrf)));
        assertFalse(left.body().contains("data-group-id=\"" + sales + "\"><span>"), left.body());
        assertEquals(1, env.admin().get(orgGroup(t, tokyo) + "/members").size());

        // rename
        HttpResponse<String> renamed = admin.post(t.console("groups/" + sales + "/rename"), form(csrf, "営業本部", null));
        assertEquals("グループ名を変更しました。", PageSession.byId(renamed, "omakase-console-result"));
        assertTrue(rows(renamed).containsKey("営業本部"), renamed.body());
        assertEquals("営業本部", env.admin().get(orgGroup(t, sales)).path("name").asText());

        // remove the member again, add back, then delete the parent: the confirmation says what is lost
        HttpResponse<String> removed = admin.post(t.console("groups/" + tokyo + "/members/" + memberId + "/remove"),
                Map.of("csrf", List.of(csrf)));
        assertTrue(PageSession.has(removed, "omakase-group-no-members"), removed.body());
        admin.post(t.console("groups/" + tokyo + "/members"), email(csrf, memberEmail));
        HttpResponse<String> confirm = admin.post(t.console("groups/" + sales + "/delete"), Map.of("csrf", List.of(csrf)));
        assertOk(confirm);
        assertEquals("1個のサブグループも、そのメンバー登録とともに削除されます。", PageSession.byId(confirm, "omakase-group-delete-subgroups"));
        assertEquals(200, env.admin().send("GET", orgGroup(t, sales), null).status(), "not deleted without the confirmation");
        HttpResponse<String> deleted = admin.post(t.console("groups/" + sales + "/delete"),
                Map.of("csrf", List.of(csrf), "confirmed", List.of("true")));
        assertEquals("グループを削除しました。", PageSession.byId(deleted, "omakase-console-result"));
        assertEquals(1, count(deleted), "only the top-level 東京課 is left");
        assertEquals(404, env.admin().send("GET", orgGroup(t, tokyo), null).status());
        assertTrue(env.admin().get("/realms/omakase/users/" + memberId).path("enabled").asBoolean(), "the member is kept");

        String events = env.admin().get("/realms/omakase/admin-events?resourcePath=organizations/" + t.id() + "/groups/" + sales
                + "&max=20").toString();
        for (String change : List.of("created", "renamed", "deleted")) {
            assertTrue(events.contains(change) && events.contains("ORGANIZATION_GROUP") && events.contains(t.id()), change + ": " + events);
        }
        String memberEvents = env.admin().get("/realms/omakase/admin-events?resourcePath=organizations/" + t.id() + "/groups/" + tokyo
                + "/members/" + memberId + "&max=20").toString();
        assertTrue(memberEvents.contains("member-added") && memberEvents.contains("member-removed"), memberEvents);
    }

    /** Group rows by name (the first of a name) and by "name@depth", each {id, depth}. */
    static Map<String, String[]> rows(HttpResponse<String> page) {
        Map<String, String[]> rows = new java.util.LinkedHashMap<>();
        Matcher m = ROW.matcher(page.body());
        while (m.find()) {
            rows.putIfAbsent(m.group(3), new String[] {m.group(1), m.group(2)});
            rows.put(m.group(3) + "@" + m.group(2), new String[] {m.group(1), m.group(2)});
        }
        return rows;
    }

    private static long count(HttpResponse<String> page) {
        return ROW.matcher(page.body()).results().count();
    }

    private static String members(HttpResponse<String> page, String groupId) {
        Matcher m = Pattern.compile("data-group-id=\"" + groupId + "\".*?class=\"omakase-group-members\">([^<]*)<", Pattern.DOTALL)
                .matcher(page.body());
        return m.find() ? m.group(1).strip() : null;
    }

    private static String orgGroup(ConsoleTenants.Tenant t, String groupId) {
        return "/realms/omakase/organizations/" + t.id() + "/groups/" + groupId;
    }

    private static Map<String, List<String>> form(String csrf, String name, String parent) {
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        form.put("csrf", List.of(csrf));
        form.put("name", List.of(name));
        if (parent != null) {
            form.put("parent", List.of(parent));
        }
        return form;
    }

    private static Map<String, List<String>> email(String csrf, String email) {
        return Map.of("csrf", List.of(csrf), "email", List.of(email));
    }
}
