package jp.omakase.tenant.security.mfa;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleEvents;
import jp.omakase.tenant.ConsoleResults;

/**
 * 2要素目の登録を解除 on a user's page: removes the user's authenticator apps, passkeys and security keys and recovery
 * codes (the password stays), so that the user enrols again at the next login when the tenant requires a second
 * factor. Access first, the user looked up among the tenant's members (404 otherwise), the page's token checked; an
 * admin event {@code DELETE USER} {@code mfa-reset} with the removed credential types (never a credential).
 */
public final class MfaReset {

    /** The second-factor credential types an administrator's reset removes. */
    public static final Set<String> TYPES = Set.of(OTPCredentialModel.TYPE, WebAuthnCredentialModel.TYPE_TWOFACTOR,
            WebAuthnCredentialModel.TYPE_PASSWORDLESS, RecoveryAuthnCodesCredentialModel.TYPE);

    private MfaReset() {
    }

    public static Response run(ConsoleAccess access, PageRequest pages, String userId, MultivaluedMap<String, String> form) {
        if (access.denied()) {
            return access.response();
        }
        ConsoleAccess.Granted g = access.granted();
        UserModel user = g.member(userId);
        if (user == null) {
            return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
        }
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        List<String> removed = user.credentialManager().getStoredCredentialsStream().filter(c -> TYPES.contains(c.getType()))
                .map(c -> {
                    user.credentialManager().removeStoredCredentialById(c.getId());
                    return c.getType();
                }).distinct().sorted().toList();
        ConsoleEvents.record(g, OperationType.DELETE, ResourceType.USER, "users/" + user.getId() + "/credentials", "mfa-reset",
                Map.of("userId", user.getId(), "credentialTypes", removed));
        return Response.seeOther(UriBuilder.fromUri(pages.url(g.path("users"))).queryParam(ConsoleResults.PARAM, ConsoleResults.MFA_RESET)
                .build()).build();
    }

    /** View bean {@code omakaseUserMfa} of the user's page: the second factors set up (message keys) and the reset's URL. */
    public record UserView(List<String> enrolled, String resetUrl) {

        public static UserView of(UserModel user, String userBase) {
            List<String> enrolled = user.credentialManager().getStoredCredentialsStream().map(c -> c.getType())
                    .filter(TYPES::contains).distinct().sorted().map(t -> "omakaseConsoleMfaCredential" + key(t)).toList();
            return new UserView(enrolled, userBase + "/reset-mfa");
        }

        private static String key(String type) {
            StringBuilder out = new StringBuilder();
            for (String part : type.split("-")) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            return out.toString();
        }
    }
}
