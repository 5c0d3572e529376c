package jp.omakase.mfa;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.omakase.support.PlainAuthenticatorFactory;

/** {@code omakase-mfa-enrol}: see {@link MfaEnrolAuthenticator}. */
public class MfaEnrolAuthenticatorFactory extends PlainAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-mfa-enrol";
    private static final MfaEnrolAuthenticator INSTANCE = new MfaEnrolAuthenticator();

    public MfaEnrolAuthenticatorFactory() {
        super(Requirement.ALTERNATIVE, Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Tenant MFA enrolment (Omakase)";
    }

    @Override
    public String getHelpText() {
        return "Place ALTERNATIVE first in the tenant MFA subflow: when the user has none of the methods the tenant allows, it adds the required action that sets one up (authenticator app with QR code, or passkey) and recovery codes.";
    }

    @Override
    protected Authenticator authenticator() {
        return INSTANCE;
    }
}
