package jp.omakase.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.omakase.security.PageSession;
import jp.omakase.tenant.ConsoleTenants;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/**
 * Issue 16, the access gate against the real server, every way in: the first login in the browser flow, an SSO session
 * made at another tenant's app, a refresh after the user was taken off the app, the password grant, token exchange and
 * IdP-initiated SAML; allowed users pass and the service's own pages keep working. Refusals show the one Japanese line,
 * carry no code, token or assertion, and are recorded as {@code LOGIN_ERROR} {@code not_allowed} with the decision.
 */
@KeycloakIT
class AccessGateIT {

    static final String REFUSED = "このアプリの利用は許可されていません。管理者にお問い合わせください。";

    @Test
    void browserLoginsPassOnlyForAssignedMembersIncludingTheSsoCookie(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "ゲートA社");
        ConsoleTenants.Tenant b = ConsoleTenants.create(env, "ゲートB社");
        String s = UUID.randomUUID().toString().substring(0, 8);
        String allowed = "gate-ok-" + s + "@example.jp";
        String notAssigned = "gate-no-" + s + "@example.jp";
        String bUser = "gate-b-" + s + "@example.jp";
        String allowedId = ConsoleTenants.member(env, a.id(), allowed, "許可", "一郎", false);
        String notAssignedId = ConsoleTenants.member(env, a.id(), notAssigned, "不許可", "二郎", false);
        ConsoleTenants.member(env, b.id(), bUser, "他社", "三郎", false);
        GateApps.App appA = GateApps.oidc(env, a.id(), "A社の経費精算", true);
        GateApps.App appB = GateApps.oidc(env, b.id(), "B社の勤怠", false);
        GateApps.assign(env, appA, "users", allowedId, true);

        PageSession ok = new PageSession(env.baseUrl());
        HttpResponse<String> landed = ok.logIn(GateApps.authorize(env, appA), allowed, ConsoleTenants.PASSWORD);
        assertEquals(200, landed.statusCode(), landed.body());
        assertNotNull(code(ok), "an assigned member gets a code: " + ok.redirects());
        assertEquals(200, GateApps.token(env, appA.clientId(), Map.of("grant_type", "authorization_code", "code", code(ok),
                "redirect_uri", env.baseUrl() + GateApps.CALLBACK)).status());

        PageSession no = new PageSession(env.baseUrl());
        HttpResponse<String> refused = no.logIn(GateApps.authorize(env, appA), notAssigned, ConsoleTenants.PASSWORD);
        assertRefused(no, refused);
        assertTrue(no.get("/realms/omakase/omakase/portal/").body().contains("kc-form-login"), "the refused login made no session");
        assertTrue(PageSession.has(no.logIn("/realms/omakase/omakase/portal/", notAssigned, ConsoleTenants.PASSWORD),
                "omakase-portal-user"), "the service's own pages keep working for the refused user");

        // an SSO session made at tenant B's app does not open tenant A's app
        PageSession other = new PageSession(env.baseUrl());
        other.logIn(GateApps.authorize(env, appB), bUser, ConsoleTenants.PASSWORD);
        assertNotNull(code(other), "B's user may use B's app for all");
        int before = other.redirects().size();
        HttpResponse<String> sso = other.get(GateApps.authorize(env, appA));
        assertFalse(sso.body().contains("kc-form-login"), "the SSO cookie logs in without a form");
        assertEquals(403, sso.statusCode(), sso.body());
        assertTrue(sso.body().contains(REFUSED), sso.body());
        assertTrue(other.redirects().subList(before, other.redirects().size()).stream().noneMatch(u -> u.contains("code=")),
                "no code for A's app: " + other.redirects());
        // the allowed user's SSO session opens A's app again without a form, and the service's pages still work
        HttpResponse<String> again = ok.get(GateApps.authorize(env, appA));
        assertEquals(200, again.statusCode());
        assertTrue(PageSession.has(ok.get("/realms/omakase/omakase/portal/"), "omakase-portal-user"));

        String events = env.admin().get("/realms/omakase/events?type=LOGIN_ERROR&user=" + notAssignedId + "&max=10").toString();
        assertTrue(events.contains("\"error\":\"not_allowed\"") && events.contains("\"omakase_access\":\"not_assigned\""), events);
        String bEvents = env.admin().get("/realms/omakase/events?type=LOGIN_ERROR&client=" + appA.clientId() + "&max=10").toString();
        assertTrue(bEvents.contains("\"omakase_access\":\"not_member\""), bEvents);
    }

    @Test
    void refreshPasswordGrantAndTokenExchangeAreRefusedToUsersWithoutAccess(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "トークンA社");
        String s = UUID.randomUUID().toString().substring(0, 8);
        String user = "gate-rt-" + s + "@example.jp";
        String outsider = "gate-out-" + s + "@example.jp";
        String userId = ConsoleTenants.member(env, a.id(), user, "更新", "一郎", false);
        ConsoleTenants.member(env, a.id(), outsider, "対象外", "二郎", false);
        GateApps.App app = GateApps.oidc(env, a.id(), "A社のCRM", true);
        GateApps.assign(env, app, "users", userId, true);

        // password grant: the gate in the direct grant flow
        GateApps.Token granted = GateApps.token(env, app.clientId(), password(user));
        assertEquals(200, granted.status(), granted.json().toString());
        GateApps.Token denied = GateApps.token(env, app.clientId(), password(outsider));
        assertEquals(400, denied.status(), denied.json().toString());
        assertEquals("invalid_grant", denied.get("error"));
        assertNull(denied.get("access_token"));

        // refresh: works while assigned, refused at the next refresh once the assignment is gone
        GateApps.Token refreshed = GateApps.token(env, app.clientId(), refresh(granted));
        assertEquals(200, refreshed.status(), refreshed.json().toString());
        GateApps.assign(env, app, "users", userId, false);
        GateApps.Token afterRemoval = GateApps.token(env, app.clientId(), refresh(refreshed));
        assertEquals(400, afterRemoval.status(), afterRemoval.json().toString());
        assertEquals("invalid_grant", afterRemoval.get("error"));
        assertTrue(afterRemoval.get("error_description").contains("not_assigned"), afterRemoval.json().toString());
        assertNull(afterRemoval.get("access_token"));

        // token exchange: a service client may not exchange a user's token for a tenant app
        String svc = "gate-svc-" + s;
        env.admin().send("POST", "/realms/omakase/clients", Map.of("clientId", svc, "enabled", true, "publicClient", false,
                "secret", GateApps.SECRET, "directAccessGrantsEnabled", true,
                "attributes", Map.of("standard.token.exchange.enabled", "true")));
        GateApps.Token subject = GateApps.token(env, svc, password(outsider));
        assertEquals(200, subject.status(), "the service's own clients keep working: " + subject.json());
        GateApps.Token exchanged = GateApps.token(env, svc, Map.of("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                "subject_token", subject.get("access_token"), "subject_token_type", "urn:ietf:params:oauth:token-type:access_token",
                "audience", app.clientId()));
        assertEquals(400, exchanged.status(), exchanged.json().toString());
        assertTrue(exchanged.get("error_description").contains("token_exchange"), exchanged.json().toString());
        assertNull(exchanged.get("access_token"));
    }

    @Test
    void idpInitiatedSamlIssuesAnAssertionOnlyToAssignedMembers(TestEnvironment env) {
        ConsoleTenants.Tenant a = ConsoleTenants.create(env, "SAMLゲート社");
        String s = UUID.randomUUID().toString().substring(0, 8);
        String user = "gate-saml-" + s + "@example.jp";
        String outsider = "gate-saml-no-" + s + "@example.jp";
        String userId = ConsoleTenants.member(env, a.id(), user, "署名", "一郎", false);
        ConsoleTenants.member(env, a.id(), outsider, "署名", "二郎", false);
        GateApps.App app = GateApps.saml(env, a.id(), "A社のSAMLアプリ", true, "gate-sp-" + s);
        GateApps.assign(env, app, "users", userId, true);
        String idpInitiated = "/realms/omakase/protocol/saml/clients/gate-sp-" + s;

        PageSession ok = new PageSession(env.baseUrl());
        HttpResponse<String> assertion = ok.logIn(idpInitiated, user, ConsoleTenants.PASSWORD);
        assertEquals(200, assertion.statusCode(), assertion.body());
        assertTrue(assertion.body().contains("name=\"SAMLResponse\""), "an assigned member gets the assertion: " + assertion.body());

        PageSession no = new PageSession(env.baseUrl());
        HttpResponse<String> refused = no.logIn(idpInitiated, outsider, ConsoleTenants.PASSWORD);
        assertRefused(no, refused);
        assertFalse(refused.body().contains("SAMLResponse"));
    }

    static void assertRefused(PageSession session, HttpResponse<String> page) {
        assertEquals(403, page.statusCode(), page.uri() + ": " + page.body());
        assertTrue(page.body().contains(REFUSED), page.body());
        assertNull(code(session), "no code: " + session.redirects());
    }

    /** The code of the last redirect to the callback, or null. */
    static String code(PageSession session) {
        String code = null;
        for (String url : session.redirects()) {
            int at = url.indexOf("code=");
            if (url.contains(GateApps.CALLBACK) && at > 0) {
                String rest = url.substring(at + 5);
                code = URLDecoder.decode(rest.contains("&") ? rest.substring(0, rest.indexOf('&')) : rest, StandardCharsets.UTF_8);
            }
        }
        return code;
    }

    private static Map<String, String> password(String user) {
        return Map.of("grant_type", "password", "username", user, "password", ConsoleTenants.PASSWORD, "scope", "openid");
    }

    private static Map<String, String> refresh(GateApps.Token token) {
        return Map.of("grant_type", "refresh_token", "refresh_token", token.get("refresh_token"));
    }
}
