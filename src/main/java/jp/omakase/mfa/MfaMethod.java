package jp.omakase.mfa;

import java.util.EnumSet;
import java.util.Set;

import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/**
 * The second factors a tenant may allow ({@code omakase.mfa.methods}): an authenticator app (Keycloak's OTP credential),
 * a passkey or security key (Keycloak's WebAuthn credential) and a one-time code by e-mail ({@link EmailOtpAuthenticator},
 * no credential: a verified e-mail address is enough).
 */
public enum MfaMethod {
    TOTP("totp", OTPCredentialModel.TYPE),
    WEBAUTHN("webauthn", WebAuthnCredentialModel.TYPE_TWOFACTOR),
    EMAIL("email", null);

    private final String value;
    private final String credentialType;

    MfaMethod(String value, String credentialType) {
        this.value = value;
        this.credentialType = credentialType;
    }

    /** The attribute's spelling. */
    public String value() {
        return value;
    }

    /** Keycloak's credential type, or null for the e-mail code. */
    public String credentialType() {
        return credentialType;
    }

    /** The method spelled {@code value}, or null. */
    public static MfaMethod of(String value) {
        for (MfaMethod m : values()) {
            if (m.value.equals(value)) {
                return m;
            }
        }
        return null;
    }

    public static Set<MfaMethod> all() {
        return EnumSet.allOf(MfaMethod.class);
    }
}
