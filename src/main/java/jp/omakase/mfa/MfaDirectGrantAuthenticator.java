package jp.omakase.mfa;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@code omakase-mfa-direct-grant}: in the direct grant flow, after the tenant MFA condition, refuses the token: a
 * password alone must not give a token to a user whose tenant requires a second factor. A {@code LOGIN_ERROR} event
 * {@code not_allowed} with detail {@code omakase_mfa=required} and the OAuth error of RFC 6749 5.2. The refusal is a
 * challenge, not a failure (it must not count as a wrong password).
 */
final class MfaDirectGrantAuthenticator implements Authenticator {

    static final String DETAIL = "omakase_mfa";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.getEvent().user(context.getUser()).detail(DETAIL, "required").error(Errors.NOT_ALLOWED);
        context.challenge(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "invalid_grant", "error_description", "Multi-factor authentication required")).build());
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
