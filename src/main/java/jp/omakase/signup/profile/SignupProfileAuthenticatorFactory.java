package jp.omakase.signup.profile;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticatorFactory;

/** {@code omakase-signup-profile}: step 04, the customer's details, password and privacy consent. */
public class SignupProfileAuthenticatorFactory extends SignupStepAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-signup-profile";
    private static final SignupProfileAuthenticator INSTANCE = new SignupProfileAuthenticator();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SignupStep step() {
        return SignupStep.PROFILE;
    }

    @Override
    public String getDisplayType() {
        return "Omakase sign-up 04: customer details";
    }

    @Override
    public String getHelpText() {
        return "Names, kana, department, phone (validated by the realm's user profile), password (realm policy) and"
                + " the privacy consent.";
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return INSTANCE;
    }
}
