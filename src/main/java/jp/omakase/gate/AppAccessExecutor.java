package jp.omakase.gate;

import java.util.List;

import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.oidc.TokenExchangeContext;
import org.keycloak.protocol.oidc.grants.ciba.clientpolicy.context.BackchannelTokenResponseContext;
import org.keycloak.protocol.oidc.grants.device.clientpolicy.context.DeviceTokenResponseContext;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.ClientModelContext;
import org.keycloak.services.clientpolicy.context.ImplicitHybridTokenResponse;
import org.keycloak.services.clientpolicy.context.ResourceOwnerPasswordCredentialsResponseContext;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.context.TokenResponseContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;

import jp.omakase.tenant.apps.AppAccess;
import jp.omakase.tenant.apps.TenantApps;

/**
 * {@code omakase-app-access}: the access gate at the token endpoint, for what no login flow sees. Every token response
 * for a user (authorization code, refresh, password, device, CIBA, implicit/hybrid) asks {@link AppAccess} again for the
 * session's user and the client, so a user taken off an app (or out of the tenant, or disabled) gets {@code invalid_grant}
 * at the next refresh. Token exchange is refused when the requesting client or a requested audience is a tenant's app, and
 * so are a service account token and a JWT authorization grant for an app (tenant apps have neither enabled). Clients that
 * are no tenant's app pass untouched.
 */
public class AppAccessExecutor implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private final KeycloakSession session;

    AppAccessExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return AppAccessExecutorFactory.PROVIDER_ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        switch (context.getEvent()) {
            case TOKEN_RESPONSE -> check(((TokenResponseContext) context).getClientSession());
            case TOKEN_REFRESH_RESPONSE -> check(((TokenRefreshResponseContext) context).getClientSession());
            case DEVICE_TOKEN_RESPONSE -> check(((DeviceTokenResponseContext) context).getClientSession());
            case RESOURCE_OWNER_PASSWORD_CREDENTIALS_RESPONSE ->
                    check(((ResourceOwnerPasswordCredentialsResponseContext) context).getClientSessionContext());
            case BACKCHANNEL_TOKEN_RESPONSE -> check(((BackchannelTokenResponseContext) context).getClientSessionContext());
            case IMPLICIT_HYBRID_TOKEN_RESPONSE -> check(((ImplicitHybridTokenResponse) context).getClientSessionContext());
            case TOKEN_EXCHANGE_REQUEST -> tokenExchange(((TokenExchangeRequestContext) context).getTokenExchangeContext());
            case SERVICE_ACCOUNT_TOKEN_REQUEST, JWT_AUTHORIZATION_GRANT -> {
                if (TenantApps.tenantOf(((ClientModelContext) context).getClient()) != null) {
                    throw refused("grant_not_for_apps");
                }
            }
            default -> {
            }
        }
    }

    private void check(ClientSessionContext context) throws ClientPolicyException {
        check(context == null ? null : context.getClientSession());
    }

    private void check(AuthenticatedClientSessionModel clientSession) throws ClientPolicyException {
        if (clientSession == null || TenantApps.tenantOf(clientSession.getClient()) == null) {
            return;
        }
        AppAccess.Decision decision = AppAccess.check(session, clientSession.getClient(), clientSession.getUserSession().getUser());
        if (!decision.allowed()) {
            throw refused(GateDecisions.value(decision));
        }
    }

    private void tokenExchange(TokenExchangeContext exchange) throws ClientPolicyException {
        if (TenantApps.tenantOf(exchange.getClient()) != null) {
            throw refused("token_exchange");
        }
        List<String> audiences = exchange.getParams().getAudience();
        for (String audience : audiences == null ? List.<String>of() : audiences) {
            ClientModel target = exchange.getRealm().getClientByClientId(audience);
            if (TenantApps.tenantOf(target) != null) {
                throw refused("token_exchange");
            }
        }
    }

    /**
     * The refusal: Keycloak's token endpoint answers {@code invalid_grant} with a fixed description and records the event
     * error {@code invalid_grant} with the reason {@code client_policy_error} and, as its detail, the decision.
     */
    private static ClientPolicyException refused(String decision) {
        return new ClientPolicyException(GateDecisions.OAUTH_ERROR, GateDecisions.OAUTH_DESCRIPTION + " (" + decision + ")");
    }
}
