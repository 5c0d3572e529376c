package jp.omakase.signup;

import java.util.List;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.light.LightweightUserAdapter;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sends the sign-up mails through the realm's e-mail theme ({@code html/} + {@code text/} templates). An address with
 * no account yet gets a transient user, so both kinds of mail go through the same code in the same time.
 */
public final class SignupMailer {

    private SignupMailer() {
    }

    public static void send(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession,
                            UserModel user, String address, String subjectKey, String template,
                            Map<String, Object> attributes) throws EmailException {
        UserModel recipient = user;
        if (recipient == null) {
            LightweightUserAdapter transientUser = new LightweightUserAdapter(session, realm, KeycloakModelUtils.generateId());
            transientUser.setEmail(address);
            recipient = transientUser;
        }
        EmailTemplateProvider mail = session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(recipient);
        if (authSession != null) {
            mail.setAuthenticationSession(authSession);
        }
        // the provider adds its own entries to the map it is given
        mail.send(subjectKey, List.of(), template, new java.util.HashMap<>(attributes), address);
    }
}
