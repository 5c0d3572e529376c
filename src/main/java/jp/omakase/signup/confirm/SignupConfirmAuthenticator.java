package jp.omakase.signup.confirm;

import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.omakase.signup.SignupCompanyView;
import jp.omakase.signup.SignupNotes;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticator;

/** Step 05 確認. Every value entered (password masked); 「登録する」 goes on, 「入力内容を修正する」 reopens step 04. */
public class SignupConfirmAuthenticator extends SignupStepAuthenticator {

    static final String TEMPLATE = "omakase-signup-confirm.ftl";

    @Override
    protected SignupStep step() {
        return SignupStep.CONFIRM;
    }

    @Override
    protected void show(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Map<String, String> values = SignupNotes.profileValues(authSession);
        context.challenge(page(context)
                .setAttribute("omakaseCompany", SignupCompanyView.of(authSession))
                .setAttribute("omakaseProfile", values)
                .setAttribute("omakaseTermsVersion", authSession.getAuthNote(SignupNotes.TERMS_VERSION))
                .setAttribute("omakasePrivacyVersion", authSession.getAuthNote(SignupNotes.PRIVACY_VERSION))
                .createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = formData(context);
        if (form.containsKey("edit")) {
            back(context, SignupStep.PROFILE);
        } else if (form.containsKey("register")) {
            done(context);
        } else {
            show(context);
        }
    }
}
