package jp.omakase.signup.confirm;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticatorFactory;

/** {@code omakase-signup-confirm}: step 05, the confirmation page. */
public class SignupConfirmAuthenticatorFactory extends SignupStepAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-signup-confirm";
    private static final SignupConfirmAuthenticator INSTANCE = new SignupConfirmAuthenticator();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SignupStep step() {
        return SignupStep.CONFIRM;
    }

    @Override
    public String getDisplayType() {
        return "Omakase sign-up 05: confirmation";
    }

    @Override
    public String getHelpText() {
        return "Shows every value entered, with a way back to edit them; 「登録する」 goes on to the account creation.";
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return INSTANCE;
    }
}
