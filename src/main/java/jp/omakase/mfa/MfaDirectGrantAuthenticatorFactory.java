package jp.omakase.mfa;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.omakase.support.PlainAuthenticatorFactory;

/** {@code omakase-mfa-direct-grant}: see {@link MfaDirectGrantAuthenticator}. */
public class MfaDirectGrantAuthenticatorFactory extends PlainAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-mfa-direct-grant";
    private static final MfaDirectGrantAuthenticator INSTANCE = new MfaDirectGrantAuthenticator();

    public MfaDirectGrantAuthenticatorFactory() {
        super(Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Refuse direct grant when tenant MFA applies (Omakase)";
    }

    @Override
    public String getHelpText() {
        return "Place REQUIRED in a CONDITIONAL subflow of the direct grant flow after the tenant MFA condition: a password alone cannot give a token to a user whose tenant requires a second factor.";
    }

    @Override
    protected Authenticator authenticator() {
        return INSTANCE;
    }
}
