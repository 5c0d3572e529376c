package jp.omakase.signup.company;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticatorFactory;

/** {@code omakase-signup-company}: step 03, the company from the directory or typed by hand. */
public class SignupCompanyAuthenticatorFactory extends SignupStepAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-signup-company";
    private static final SignupCompanyAuthenticator INSTANCE = new SignupCompanyAuthenticator();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SignupStep step() {
        return SignupStep.COMPANY;
    }

    @Override
    public String getDisplayType() {
        return "Omakase sign-up 03: company";
    }

    @Override
    public String getHelpText() {
        return "Looks the company up in the company directory, or takes its name and kana typed by hand (unverified).";
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return INSTANCE;
    }
}
