package jp.omakase.gate;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.omakase.contract.ContractEnded;
import jp.omakase.tenant.apps.AppAccess;

/**
 * {@code omakase-access-gate}: placed after the login in the service realm's flows (browser: after every way of logging
 * in, the SSO cookie included; direct grant; reset credentials), it asks {@link AppAccess} whether the logged-in user may
 * use the client being logged in to; first, whether the user's tenant still has a contract ({@link ContractEnded}: after
 * the end date every sign-in of its members, to any client, gets 「このサービスのご契約は終了しています」). Allowed (or the client is no tenant's app): the flow goes on. Refused: a
 * {@code LOGIN_ERROR} event {@code not_allowed} with the decision as detail, and the refusal page (browser) or an OAuth
 * error (direct grant, flow path {@code token}); the flow stops there, so no code, token or assertion is issued. The
 * refusal is a challenge, not a failure: a failure would count as a wrong password for the brute-force protection.
 */
public class AccessGateAuthenticator implements Authenticator {

    /** The flow path Keycloak gives the direct grant's flow. */
    static final String DIRECT_GRANT_PATH = "token";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (ContractEnded.applies(context.getSession(), context.getUser())) {
            // the tenant's contract ended: every sign-in of its members, whatever the client, gets the one page
            context.getEvent().user(context.getUser()).detail(GateDecisions.DETAIL, ContractEnded.DECISION).error(GateDecisions.ERROR);
            context.challenge(DIRECT_GRANT_PATH.equals(context.getFlowPath()) ? tokenError()
                    : context.form().setError(ContractEnded.MESSAGE).createErrorPage(Response.Status.FORBIDDEN));
            return;
        }
        AppAccess.Decision decision = AppAccess.check(context.getSession(), context.getAuthenticationSession().getClient(),
                context.getUser());
        if (decision.allowed()) {
            context.success();
            return;
        }
        context.getEvent().user(context.getUser()).detail(GateDecisions.DETAIL, GateDecisions.value(decision))
                .error(GateDecisions.ERROR);
        context.challenge(DIRECT_GRANT_PATH.equals(context.getFlowPath()) ? tokenError()
                : context.form().setError(GateDecisions.MESSAGE).createErrorPage(Response.Status.FORBIDDEN));
    }

    /** The token endpoint's answer (JSON, RFC 6749 5.2), the same for every decision. */
    static Response tokenError() {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", GateDecisions.OAUTH_ERROR, "error_description", GateDecisions.OAUTH_DESCRIPTION)).build();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
