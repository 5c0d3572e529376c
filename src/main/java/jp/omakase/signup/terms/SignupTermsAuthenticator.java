package jp.omakase.signup.terms;

import java.time.Instant;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.omakase.signup.SignupNotes;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticator;

/**
 * Step 02 利用規約の承認. The terms text and its version come from the message bundle
 * ({@code omakaseSignupTermsText}, {@code omakaseSignupTermsVersion}); the version and time of consent are kept for
 * the user's attributes.
 */
public class SignupTermsAuthenticator extends SignupStepAuthenticator {

    static final String TEMPLATE = "omakase-signup-terms.ftl";
    static final String FIELD = "acceptTerms";
    static final String VERSION_KEY = "omakaseSignupTermsVersion";

    @Override
    protected SignupStep step() {
        return SignupStep.TERMS;
    }

    @Override
    protected void show(AuthenticationFlowContext context) {
        context.challenge(page(context).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (!"on".equals(field(formData(context), FIELD))) {
            context.getEvent().error(Errors.INVALID_INPUT);
            context.challenge(page(context).addError(new FormMessage(FIELD, "omakaseSignupTermsRequiredMessage")).createForm(TEMPLATE));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(SignupNotes.TERMS_VERSION,
                context.getSession().getProvider(LoginFormsProvider.class).getMessage(VERSION_KEY));
        authSession.setAuthNote(SignupNotes.TERMS_ACCEPTED_AT, Instant.now().toString());
        done(context);
    }
}
