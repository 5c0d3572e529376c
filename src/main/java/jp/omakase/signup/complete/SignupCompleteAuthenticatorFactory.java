package jp.omakase.signup.complete;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

import jp.omakase.support.AfterCommitMailer;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticatorFactory;

/** {@code omakase-signup-complete}: step 06, creates the Business ID and shows 「新規登録完了」. */
public class SignupCompleteAuthenticatorFactory extends SignupStepAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-signup-complete";
    private AfterCommitMailer mailer;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SignupStep step() {
        return SignupStep.COMPLETE;
    }

    @Override
    public String getDisplayType() {
        return "Omakase sign-up 06: create the account";
    }

    @Override
    public String getHelpText() {
        return "Creates the user (verified e-mail, company and consent attributes, password), mails the completion"
                + " notice and continues the client's login.";
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new SignupCompleteAuthenticator(mailer);
    }

    @Override
    public void init(Config.Scope config) {
        mailer = new AfterCommitMailer("omakase-signup-complete-mail");
    }

    @Override
    public void close() {
        if (mailer != null) {
            mailer.close();
        }
    }
}
