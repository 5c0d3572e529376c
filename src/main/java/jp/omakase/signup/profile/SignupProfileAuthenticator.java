package jp.omakase.signup.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.validation.Validation;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

import jp.omakase.documents.Consent;
import jp.omakase.documents.DocumentIds;
import jp.omakase.documents.DocumentProvider;
import jp.omakase.documents.DocumentText;
import jp.omakase.signup.SignupCompanyView;
import jp.omakase.signup.SignupFields;
import jp.omakase.signup.SignupNotes;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticator;
import jp.omakase.validation.TextRules;

/**
 * Step 04 お客様情報入力. Names, kana, department and phone are validated by the realm's declarative user profile
 * (registration context, our katakana and phone validators); the password by the realm's password policy. The password
 * is hashed here, once, and only its hash is kept until step 06; 「個人情報の取扱いに同意する」 is required.
 */
public class SignupProfileAuthenticator extends SignupStepAuthenticator {

    static final String TEMPLATE = "omakase-signup-profile.ftl";
    static final String PRIVACY = "acceptPrivacy";
    static final int MAX_PASSWORD = 128;

    @Override
    protected SignupStep step() {
        return SignupStep.PROFILE;
    }

    @Override
    protected void show(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Map<String, String> values = SignupNotes.profileValues(authSession);
        context.challenge(form(context, values).setAttribute("omakasePrivacyAccepted",
                authSession.getAuthNote(SignupNotes.PRIVACY_ACCEPTED_AT) != null).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = formData(context);
        if (form.containsKey("changeCompany")) {
            back(context, SignupStep.COMPANY);
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Map<String, String> values = new LinkedHashMap<>();
        List<FormMessage> errors = new ArrayList<>();
        Set<String> tooLong = new HashSet<>();
        for (String f : SignupFields.PROFILE_FIELDS) {
            String v = field(form, f);
            String problem = TextRules.problem(v, SignupFields.MAX_TEXT);
            if (problem != null) {
                errors.add(new FormMessage(f, message(problem), SignupFields.MAX_TEXT));
                tooLong.add(f);
                v = "";
            }
            values.put(f, v);
        }
        String email = authSession.getAuthNote(SignupNotes.EMAIL);
        validateProfile(context.getSession(), email, values).stream()
                .filter(e -> !tooLong.contains(e.getField())).forEach(errors::add);
        String password = form.getFirst(SignupFields.PASSWORD) == null ? "" : form.getFirst(SignupFields.PASSWORD);
        String confirm = form.getFirst(SignupFields.PASSWORD_CONFIRM) == null ? "" : form.getFirst(SignupFields.PASSWORD_CONFIRM);
        boolean keepPassword = password.isEmpty() && confirm.isEmpty() && authSession.getAuthNote(SignupNotes.PASSWORD_DATA) != null;
        if (!keepPassword) {
            errors.addAll(validatePassword(context.getSession(), email, password, confirm));
        }
        boolean privacy = "on".equals(field(form, PRIVACY));
        if (!privacy) {
            errors.add(new FormMessage(PRIVACY, "omakaseSignupPrivacyRequiredMessage"));
        }
        if (!errors.isEmpty()) {
            context.getEvent().error(Errors.INVALID_REGISTRATION);
            LoginFormsProvider page = form(context, values).setErrors(errors).setAttribute("omakasePrivacyAccepted", privacy);
            context.challenge(page.createForm(TEMPLATE));
            return;
        }
        values.forEach((f, v) -> authSession.setAuthNote(SignupNotes.PROFILE + f, v));
        if (!keepPassword) {
            PasswordCredentialModel hashed = hash(context.getSession(), context.getRealm(), password);
            authSession.setAuthNote(SignupNotes.PASSWORD_DATA, hashed.getCredentialData());
            authSession.setAuthNote(SignupNotes.PASSWORD_SECRET, hashed.getSecretData());
        }
        DocumentText privacyText = privacy(context);
        Instant now = Instant.now();
        authSession.setAuthNote(SignupNotes.PRIVACY_VERSION, privacyText.getVersion());
        authSession.setAuthNote(SignupNotes.PRIVACY_ACCEPTED_AT, now.toString());
        authSession.setAuthNote(SignupNotes.PRIVACY_CONSENT, Consent.of(privacyText, now.toEpochMilli()).encode());
        done(context);
    }

    private LoginFormsProvider form(AuthenticationFlowContext context, Map<String, String> values) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        return page(context).setAttribute("omakaseProfile", values).setAttribute("omakaseDocument", privacy(context))
                .setAttribute("omakaseCompany", SignupCompanyView.of(authSession))
                .setAttribute("omakasePasswordKept", authSession.getAuthNote(SignupNotes.PASSWORD_DATA) != null);
    }

    /** 個人情報の取扱い (document {@code signup-privacy}) in the page's language. */
    private static DocumentText privacy(AuthenticationFlowContext context) {
        return DocumentProvider.of(context.getSession()).text(DocumentIds.SIGNUP_PRIVACY);
    }

    /** The realm's user profile, as it will judge the user at step 06. */
    static List<FormMessage> validateProfile(KeycloakSession session, String email, Map<String, String> values) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(SignupFields.EMAIL, email);
        attributes.put("username", email);
        values.forEach(attributes::put);
        try {
            session.getProvider(UserProfileProvider.class).create(UserProfileContext.REGISTRATION, attributes).validate();
            return List.of();
        } catch (ValidationException e) {
            return Validation.getFormErrorsFromValidation(e.getErrors());
        }
    }

    private static List<FormMessage> validatePassword(KeycloakSession session, String email, String password, String confirm) {
        if (password.isEmpty()) {
            return List.of(new FormMessage(SignupFields.PASSWORD, Messages.MISSING_PASSWORD));
        }
        String problem = TextRules.problem(password, MAX_PASSWORD);
        if (problem != null) {
            return List.of(new FormMessage(SignupFields.PASSWORD, message(problem), MAX_PASSWORD));
        }
        PolicyError policy = session.getProvider(PasswordPolicyManagerProvider.class).validate(email, password);
        if (policy != null) {
            return List.of(new FormMessage(SignupFields.PASSWORD, policy.getMessage(), policy.getParameters()));
        }
        if (!password.equals(confirm)) {
            return List.of(new FormMessage(SignupFields.PASSWORD_CONFIRM, Messages.INVALID_PASSWORD_CONFIRM));
        }
        return List.of();
    }

    /** Hashes as Keycloak's password credential provider does: the policy's algorithm and iterations, else the default. */
    private static PasswordCredentialModel hash(KeycloakSession session, RealmModel realm, String password) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        PasswordHashProvider hasher = policy.getHashAlgorithm() == null ? session.getProvider(PasswordHashProvider.class)
                : session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm());
        return hasher.encodedCredential(password, policy.getHashIterations());
    }
}
