package jp.omakase.signup.company;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.omakase.company.Company;
import jp.omakase.company.CompanyDirectoryProvider;
import jp.omakase.company.CompanyNames;
import jp.omakase.company.CompanySearchResource;
import jp.omakase.company.CorporateNumber;
import jp.omakase.profile.ProfileAttributes;
import jp.omakase.signup.SignupNotes;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticator;
import jp.omakase.validation.JapaneseFormats;
import jp.omakase.validation.TextRules;

/**
 * Step 03 会社情報入力. Searches the company directory and takes the company picked from the results (verified), or a
 * name and kana typed by hand when the company is not listed (unverified: sole proprietors, companies founded this week).
 */
public class SignupCompanyAuthenticator extends SignupStepAuthenticator {

    static final String TEMPLATE = "omakase-signup-company.ftl";
    static final String QUERY = "q";
    static final String PICK = "pick";
    static final String NAME = ProfileAttributes.COMPANY_NAME;
    static final String KANA = ProfileAttributes.COMPANY_KANA;
    static final int RESULTS = 20;
    static final int MAX_NAME = 100;

    @Override
    protected SignupStep step() {
        return SignupStep.COMPANY;
    }

    @Override
    protected void show(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String query = authSession.getAuthNote(SignupNotes.COMPANY_QUERY);
        LoginFormsProvider form = values(page(context), authSession);
        if (query != null) {
            form.setAttribute("omakaseCompanyQuery", query).setAttribute("omakaseCompanies", search(context, query));
        }
        context.challenge(form.createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = formData(context);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (form.containsKey(PICK)) {
            pick(context, field(form, PICK));
        } else if (form.containsKey("manual")) {
            manual(context, field(form, NAME), field(form, KANA));
        } else {
            String query = field(form, QUERY);
            LoginFormsProvider page = values(page(context), authSession).setAttribute("omakaseCompanyQuery", query);
            if (!TextRules.isClean(query, false)) {
                context.getEvent().error(Errors.INVALID_INPUT);
                context.challenge(page.setAttribute("omakaseCompanyQuery", "")
                        .addError(new FormMessage(QUERY, SignupStepAuthenticator.INVALID_CHARACTERS_MESSAGE)).createForm(TEMPLATE));
                return;
            }
            if (CompanyNames.key(query).length() < CompanySearchResource.MIN_QUERY || query.length() > CompanySearchResource.MAX_QUERY) {
                context.challenge(page.addError(new FormMessage(QUERY, "omakaseSignupCompanyQueryMessage",
                        CompanySearchResource.MIN_QUERY, CompanySearchResource.MAX_QUERY)).createForm(TEMPLATE));
                return;
            }
            authSession.setAuthNote(SignupNotes.COMPANY_QUERY, query);
            context.challenge(page.setAttribute("omakaseCompanies", search(context, query)).createForm(TEMPLATE));
        }
    }

    private void pick(AuthenticationFlowContext context, String number) {
        Company company = CorporateNumber.isValid(number)
                ? directory(context).find(number).filter(c -> !c.closed()).orElse(null) : null;
        if (company == null) {
            context.getEvent().error(Errors.INVALID_INPUT);
            context.challenge(values(page(context), context.getAuthenticationSession())
                    .addError(new FormMessage(QUERY, "omakaseSignupCompanyUnknownMessage")).createForm(TEMPLATE));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(SignupNotes.COMPANY_NUMBER, company.corporateNumber());
        authSession.setAuthNote(SignupNotes.COMPANY_NAME, company.name());
        authSession.setAuthNote(SignupNotes.COMPANY_KANA, company.kana() == null ? "" : company.kana());
        authSession.setAuthNote(SignupNotes.COMPANY_ADDRESS, company.address() == null ? "" : company.address());
        authSession.setAuthNote(SignupNotes.COMPANY_VERIFIED, "true");
        done(context);
    }

    private void manual(AuthenticationFlowContext context, String name, String kana) {
        LoginFormsProvider page = page(context).setAttribute("omakaseManualName", name).setAttribute("omakaseManualKana", kana);
        boolean bad = false;
        String nameProblem = TextRules.problem(name, MAX_NAME);
        if (name.isEmpty() || nameProblem != null) {
            page.addError(new FormMessage(NAME, name.isEmpty() ? "omakaseSignupCompanyNameMissingMessage" : message(nameProblem), MAX_NAME));
            bad = true;
        }
        String kanaProblem = TextRules.problem(kana, MAX_NAME);
        if (kana.isEmpty() || kanaProblem != null || !JapaneseFormats.isKatakana(kana)) {
            page.addError(new FormMessage(KANA, kana.isEmpty() ? "omakaseSignupCompanyKanaMissingMessage"
                    : kanaProblem != null ? message(kanaProblem) : "omakaseSignupCompanyKanaMessage", MAX_NAME));
            bad = true;
        }
        if (bad) {
            context.getEvent().error(Errors.INVALID_INPUT);
            context.challenge(page.setAttribute("omakaseManualOpen", true).createForm(TEMPLATE));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(SignupNotes.COMPANY_NUMBER, "");
        authSession.setAuthNote(SignupNotes.COMPANY_NAME, name);
        authSession.setAuthNote(SignupNotes.COMPANY_KANA, kana);
        authSession.setAuthNote(SignupNotes.COMPANY_ADDRESS, "");
        authSession.setAuthNote(SignupNotes.COMPANY_VERIFIED, "false");
        done(context);
    }

    /** What a reopened step shows: the hand-typed company, if that was the choice. */
    private static LoginFormsProvider values(LoginFormsProvider form, AuthenticationSessionModel authSession) {
        if ("false".equals(authSession.getAuthNote(SignupNotes.COMPANY_VERIFIED))) {
            form.setAttribute("omakaseManualName", authSession.getAuthNote(SignupNotes.COMPANY_NAME))
                    .setAttribute("omakaseManualKana", authSession.getAuthNote(SignupNotes.COMPANY_KANA))
                    .setAttribute("omakaseManualOpen", true);
        }
        return form;
    }

    private static List<Company> search(AuthenticationFlowContext context, String query) {
        return directory(context).search(query, RESULTS, false);
    }

    private static CompanyDirectoryProvider directory(AuthenticationFlowContext context) {
        return context.getSession().getProvider(CompanyDirectoryProvider.class);
    }
}
