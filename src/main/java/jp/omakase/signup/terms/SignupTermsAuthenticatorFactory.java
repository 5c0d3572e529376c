package jp.omakase.signup.terms;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticatorFactory;

/** {@code omakase-signup-terms}: step 02, the terms of use and their consent. */
public class SignupTermsAuthenticatorFactory extends SignupStepAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-signup-terms";
    private static final SignupTermsAuthenticator INSTANCE = new SignupTermsAuthenticator();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SignupStep step() {
        return SignupStep.TERMS;
    }

    @Override
    public String getDisplayType() {
        return "Omakase sign-up 02: terms of use";
    }

    @Override
    public String getHelpText() {
        return "Shows the terms of use (document signup-terms) and keeps the text agreed to for the consent record.";
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return INSTANCE;
    }
}
