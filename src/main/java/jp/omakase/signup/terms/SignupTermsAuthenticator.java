package jp.omakase.signup.terms;

import java.time.Instant;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.omakase.documents.Consent;
import jp.omakase.documents.DocumentIds;
import jp.omakase.documents.DocumentProvider;
import jp.omakase.documents.DocumentText;
import jp.omakase.signup.SignupNotes;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticator;

/**
 * Step 02 利用規約の承認. The terms are the document {@code signup-terms} ({@link DocumentProvider}) in the page's
 * language; the text agreed to (version, SHA-256) and the time are kept in notes until step 06 records them with the
 * user ({@code OMK_CONSENT}, and the version in the user's attributes).
 */
public class SignupTermsAuthenticator extends SignupStepAuthenticator {

    static final String TEMPLATE = "omakase-signup-terms.ftl";
    static final String FIELD = "acceptTerms";
    /** Template attribute holding the {@link DocumentText} shown. */
    static final String DOCUMENT = "omakaseDocument";

    @Override
    protected SignupStep step() {
        return SignupStep.TERMS;
    }

    @Override
    protected void show(AuthenticationFlowContext context) {
        context.challenge(page(context).setAttribute(DOCUMENT, terms(context)).createForm(TEMPLATE));
    }

    private static DocumentText terms(AuthenticationFlowContext context) {
        return DocumentProvider.of(context.getSession()).text(DocumentIds.SIGNUP_TERMS);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (!"on".equals(field(formData(context), FIELD))) {
            context.getEvent().error(Errors.INVALID_INPUT);
            context.challenge(page(context).setAttribute(DOCUMENT, terms(context))
                    .addError(new FormMessage(FIELD, "omakaseSignupTermsRequiredMessage")).createForm(TEMPLATE));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        DocumentText terms = terms(context);
        Instant now = Instant.now();
        authSession.setAuthNote(SignupNotes.TERMS_VERSION, terms.getVersion());
        authSession.setAuthNote(SignupNotes.TERMS_ACCEPTED_AT, now.toString());
        authSession.setAuthNote(SignupNotes.TERMS_CONSENT, Consent.of(terms, now.toEpochMilli()).encode());
        done(context);
    }
}
