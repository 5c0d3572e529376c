package jp.omakase.tenant;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.protocol.RestartLoginCookie;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;

import jp.omakase.pages.OmakaseResourceProviderFactory;
import jp.omakase.support.AfterCommit;
import jp.omakase.support.PublicUrls;

/**
 * The last step of the administrator's first login (manual 2(6)): once the password is set, the next page is the login
 * page of 2(6)2 (e-mail address + password), not Keycloak's 「アカウントが更新されました」 page. {@link FirstLoginLink} adds
 * this action to the login it starts; it runs after UPDATE_PASSWORD (higher priority number in the realm) and sends the
 * browser to the tenant pages on the realm's public URL ({@link PublicUrls}), which ask for a login. It does what Keycloak
 * does at the end of an execute-actions link: the link's single-use key is revoked, and the login (in which the
 * administrator was never signed in: no user session exists) is removed after the commit. Without a public URL it
 * steps aside and Keycloak's own page follows.
 */
public class FirstLoginEndRequiredAction implements RequiredActionProvider {

    private static final Logger LOG = Logger.getLogger(FirstLoginEndRequiredAction.class);
    /** Keycloak's own margin when it revokes an action token (AuthenticationManager.finishedRequiredActions). */
    private static final long REVOKE_MARGIN_SECONDS = 60;

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.NOT_SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // added only by FirstLoginLink, never triggered by a login
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        RealmModel realm = context.getRealm();
        Optional<URI> base = PublicUrls.configured().base(realm);
        if (base.isEmpty()) {
            LOG.error(PublicUrls.missing(realm));
            context.success();
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (!revokeLink(context.getSession(), authSession)) {
            // the same link finished in another tab meanwhile: Keycloak's page explains it
            context.success();
            return;
        }
        removeLoginAfterCommit(context.getSession(), realm, authSession.getParentSession().getId());
        RestartLoginCookie.expireRestartCookie(context.getSession());
        URI tenantPages = UriBuilder.fromUri(base.get()).path("realms").path(realm.getName())
                .path(OmakaseResourceProviderFactory.PROVIDER_ID).path(TenantPagesResource.FEATURE).path("/").build();
        LOG.debugf("First login of user %s in realm %s done: to the login page", context.getUser().getId(), realm.getName());
        context.challenge(Response.seeOther(tenantPages).header("Cache-Control", "no-store").build());
    }

    @Override
    public void processAction(RequiredActionContext context) {
        requiredActionChallenge(context);
    }

    /** Revokes the first-login link's key, as Keycloak does after the link's last action; false when already revoked. */
    private static boolean revokeLink(KeycloakSession session, AuthenticationSessionModel authSession) {
        String key = authSession.getAuthNote(AuthenticationManager.INVALIDATE_ACTION_TOKEN);
        DefaultActionTokenKey token = key == null ? null : DefaultActionTokenKey.from(key);
        if (token == null) {
            return true;
        }
        long lifespan = token.getExp() - Time.currentTime() + REVOKE_MARGIN_SECONDS;
        return lifespan > 0 && session.revokedTokens().put(key, lifespan);
    }

    /** The finished login goes away after the commit (this request still writes its notes). */
    private static void removeLoginAfterCommit(KeycloakSession session, RealmModel realm, String rootId) {
        String realmId = realm.getId();
        AfterCommit.run(session, () -> KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), s -> {
            RealmModel r = s.realms().getRealm(realmId);
            RootAuthenticationSessionModel root = r == null ? null : s.authenticationSessions().getRootAuthenticationSession(r, rootId);
            if (root != null) {
                s.authenticationSessions().removeRootAuthenticationSession(r, root);
            }
        }));
    }

    @Override
    public void close() {
    }
}
