package jp.omakase.signup.complete;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

import jp.omakase.documents.Consent;
import jp.omakase.documents.DocumentStore;
import jp.omakase.profile.ProfileAttributes;
import jp.omakase.signup.SignupFields;
import jp.omakase.signup.SignupNotes;

/**
 * Creates the Business ID from the sign-up's notes, in the request's transaction: the user (through the realm's user
 * profile, so its validators judge once more), verified e-mail, company and consent attributes, the password hash
 * made at step 04, and the consent records of steps 02 and 04 ({@code OMK_CONSENT}, same transaction).
 */
final class SignupAccountCreator {

    private static final Logger LOG = Logger.getLogger(SignupAccountCreator.class);

    private SignupAccountCreator() {
    }

    static UserModel create(KeycloakSession session, AuthenticationSessionModel authSession, String locale)
            throws ValidationException {
        String email = authSession.getAuthNote(SignupNotes.EMAIL);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(SignupFields.EMAIL, email);
        attributes.put("username", email);
        attributes.putAll(SignupNotes.profileValues(authSession));
        UserModel user = session.getProvider(UserProfileProvider.class).create(UserProfileContext.REGISTRATION, attributes).create();
        user.setEnabled(true);
        user.setEmailVerified(true);
        set(user, ProfileAttributes.COMPANY_NAME, authSession.getAuthNote(SignupNotes.COMPANY_NAME));
        set(user, ProfileAttributes.COMPANY_KANA, authSession.getAuthNote(SignupNotes.COMPANY_KANA));
        set(user, ProfileAttributes.CORPORATE_NUMBER, authSession.getAuthNote(SignupNotes.COMPANY_NUMBER));
        set(user, ProfileAttributes.COMPANY_VERIFIED, authSession.getAuthNote(SignupNotes.COMPANY_VERIFIED));
        set(user, ProfileAttributes.TERMS_VERSION, authSession.getAuthNote(SignupNotes.TERMS_VERSION));
        set(user, ProfileAttributes.TERMS_ACCEPTED_AT, authSession.getAuthNote(SignupNotes.TERMS_ACCEPTED_AT));
        set(user, ProfileAttributes.PRIVACY_VERSION, authSession.getAuthNote(SignupNotes.PRIVACY_VERSION));
        set(user, ProfileAttributes.PRIVACY_ACCEPTED_AT, authSession.getAuthNote(SignupNotes.PRIVACY_ACCEPTED_AT));
        set(user, UserModel.LOCALE, locale);

        CredentialModel password = new CredentialModel();
        password.setType(PasswordCredentialModel.TYPE);
        password.setCredentialData(authSession.getAuthNote(SignupNotes.PASSWORD_DATA));
        password.setSecretData(authSession.getAuthNote(SignupNotes.PASSWORD_SECRET));
        password.setCreatedDate(Time.currentTimeMillis());
        user.credentialManager().createStoredCredential(password);
        recordConsents(session, authSession, user);
        return user;
    }

    /** The texts agreed to at steps 02 and 04, kept in notes until the user exists. */
    private static void recordConsents(KeycloakSession session, AuthenticationSessionModel authSession, UserModel user) {
        DocumentStore store = DocumentStore.of(session);
        String realmId = session.getContext().getRealm().getId();
        for (String note : List.of(SignupNotes.TERMS_CONSENT, SignupNotes.PRIVACY_CONSENT)) {
            Consent consent = Consent.decode(authSession.getAuthNote(note));
            if (consent == null) {
                // a sign-up begun before an upgrade to 0.5.0 (notes without the text): the attributes keep the version
                LOG.warnf("Sign-up of user %s has no %s note: no consent record written", user.getId(), note);
                continue;
            }
            store.record(realmId, user.getId(), consent, DocumentStore.SIGNUP, null);
        }
    }

    private static void set(UserModel user, String attribute, String value) {
        if (value != null && !value.isEmpty()) {
            user.setAttribute(attribute, List.of(value));
        }
    }
}
