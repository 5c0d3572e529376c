package jp.omakase.tenant;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;

/**
 * {@code GET /realms/{service}/omakase/tenant/first-login?key=…}: the mailed 管理者用初回ログイン用URL. Keycloak's own
 * execute-actions URL first shows 「次の操作を実行します」 when the browser has no login in progress; the seed shows the
 * password page at once. So this entry starts the login Keycloak would start (same client, same notes, and the
 * note that ends the flow after the required actions, and {@link FirstLoginEndRequiredAction}, which then sends the
 * administrator to the login page instead of Keycloak's 「アカウントが更新されました」), binds
 * the token to it (same id, expiry and nonce: the same single-use key) and hands over to Keycloak's action-token
 * endpoint, which then goes straight to the password page. A key that is not a valid, live, unrevoked first-login
 * token of this client goes to Keycloak's endpoint unchanged, whose page explains it (expired, used, invalid).
 */
final class FirstLoginLink {

    private FirstLoginLink() {
    }

    static Response open(KeycloakSession session, String clientId, String key) {
        RealmModel realm = session.getContext().getRealm();
        URI base = session.getContext().getUri().getBaseUri();
        URI stock = UriBuilder.fromUri(base).path("realms").path(realm.getName()).path("login-actions/action-token")
                .queryParam("key", key == null ? "" : key).build();
        ExecuteActionsActionToken token = key == null ? null : session.tokens().decode(key, ExecuteActionsActionToken.class);
        ClientModel client = realm.getClientByClientId(clientId);
        if (token == null || client == null || !token.isActive() || !ExecuteActionsActionToken.TOKEN_TYPE.equals(token.getActionId())
                || !clientId.equals(token.getIssuedFor()) || token.getCompoundAuthenticationSessionId() != null
                || session.revokedTokens().contains(token.serializeKey())) {
            return Response.seeOther(stock).build();
        }
        RootAuthenticationSessionModel root = new AuthenticationSessionManager(session).createAuthenticationSession(realm, true);
        AuthenticationSessionModel auth = root.createAuthenticationSession(client);
        auth.setAction(AuthenticationSessionModel.Action.AUTHENTICATE.name());
        auth.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        String accountUri = Urls.accountBase(base).path("/").build(realm.getName()).toString();
        auth.setRedirectUri(accountUri);
        auth.setClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM, accountUri);
        auth.setClientNote(OIDCLoginProtocol.RESPONSE_TYPE_PARAM, OAuth2Constants.CODE);
        auth.setClientNote(OIDCLoginProtocol.ISSUER, Urls.realmIssuer(base, realm.getName()));
        auth.setAuthNote(AuthenticationManager.END_AFTER_REQUIRED_ACTIONS, "true");
        // after the password: the login page of manual 2(6)2, not Keycloak's 「アカウントが更新されました」
        auth.addRequiredAction(FirstLoginEndRequiredActionFactory.PROVIDER_ID);
        token.setCompoundAuthenticationSessionId(AuthenticationSessionCompoundId.fromAuthSession(auth).getEncodedId());
        String bound = session.tokens().encode(token);
        URI next = Urls.actionTokenBuilder(base, bound, client.getClientId(), auth.getTabId(),
                AuthenticationProcessor.getClientData(session, auth)).build(realm.getName());
        return Response.seeOther(next).build();
    }
}
