package jp.omakase.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

import jp.omakase.profile.ProfileAttributes;

/**
 * The store's member terms (seed 2(3)-2, 会員登録): asked on a login through the store client when the user has not
 * accepted the current versions of the store member terms and of the personal-information text. The versions come
 * from the message bundle with the texts ({@code omakaseStoreTermsVersion}, {@code omakaseStorePrivacyVersion}); a new
 * version asks again. Acceptance is kept as user attributes with the time.
 */
public class StoreTermsRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "omakase-store-terms.ftl";
    static final String TERMS = "acceptTerms";
    static final String PRIVACY = "acceptPrivacy";
    static final String TERMS_VERSION_KEY = "omakaseStoreTermsVersion";
    static final String PRIVACY_VERSION_KEY = "omakaseStorePrivacyVersion";

    private final String storeClientId;

    StoreTermsRequiredAction(String storeClientId) {
        this.storeClientId = storeClientId;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        ClientModel client = context.getAuthenticationSession().getClient();
        if (client != null && storeClientId.equals(client.getClientId()) && !accepted(context.getSession(), context.getUser())) {
            // this login only: the store asks, other clients of the realm do not
            context.getAuthenticationSession().addRequiredAction(StoreTermsRequiredActionFactory.PROVIDER_ID);
        }
    }

    /**
     * Whether {@code user} must still accept the current store terms before using the store's pages: the action is
     * enabled in the realm (a realm without it has no store terms; asking would send the browser round in circles) and
     * the user holds older versions or none.
     */
    static boolean required(KeycloakSession session, RealmModel realm, UserModel user) {
        return realm.getRequiredActionProvidersStream().anyMatch(a -> a.isEnabled()
                && StoreTermsRequiredActionFactory.PROVIDER_ID.equals(a.getProviderId())) && !accepted(session, user);
    }

    static boolean accepted(KeycloakSession session, UserModel user) {
        LoginFormsProvider messages = session.getProvider(LoginFormsProvider.class);
        return messages.getMessage(TERMS_VERSION_KEY).equals(user.getFirstAttribute(ProfileAttributes.STORE_TERMS_VERSION))
                && messages.getMessage(PRIVACY_VERSION_KEY).equals(user.getFirstAttribute(ProfileAttributes.STORE_PRIVACY_VERSION));
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(context.form().createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        List<FormMessage> errors = new ArrayList<>();
        if (!"on".equals(form.getFirst(TERMS))) {
            errors.add(new FormMessage(TERMS, "omakaseStoreTermsRequiredMessage"));
        }
        if (!"on".equals(form.getFirst(PRIVACY))) {
            errors.add(new FormMessage(PRIVACY, "omakaseStorePrivacyRequiredMessage"));
        }
        if (!errors.isEmpty()) {
            context.getEvent().error(Errors.INVALID_INPUT);
            context.challenge(context.form().setErrors(errors).createForm(TEMPLATE));
            return;
        }
        LoginFormsProvider messages = context.getSession().getProvider(LoginFormsProvider.class);
        String now = Instant.now().toString();
        UserModel user = context.getUser();
        String termsVersion = messages.getMessage(TERMS_VERSION_KEY);
        user.setSingleAttribute(ProfileAttributes.STORE_TERMS_VERSION, termsVersion);
        user.setSingleAttribute(ProfileAttributes.STORE_TERMS_ACCEPTED_AT, now);
        user.setSingleAttribute(ProfileAttributes.STORE_PRIVACY_VERSION, messages.getMessage(PRIVACY_VERSION_KEY));
        user.setSingleAttribute(ProfileAttributes.STORE_PRIVACY_ACCEPTED_AT, now);
        context.getEvent().detail(Details.CUSTOM_REQUIRED_ACTION, StoreTermsRequiredActionFactory.PROVIDER_ID)
                .detail("omakase_store_terms_version", termsVersion);
        context.success();
    }

    @Override
    public void close() {
    }
}
