package jp.omakase.mfa;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.omakase.support.PlainAuthenticatorFactory;

/** {@code omakase-email-otp}: see {@link EmailOtpAuthenticator}. */
public class EmailOtpAuthenticatorFactory extends PlainAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-email-otp";
    private static final EmailOtpAuthenticator INSTANCE = new EmailOtpAuthenticator();

    public EmailOtpAuthenticatorFactory() {
        super(Requirement.ALTERNATIVE, Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "E-mail one-time code (Omakase)";
    }

    @Override
    public String getHelpText() {
        return "A six-digit code valid five minutes, mailed to the user's verified address; offered when the user's tenant allows it.";
    }

    @Override
    protected Authenticator authenticator() {
        return INSTANCE;
    }
}
