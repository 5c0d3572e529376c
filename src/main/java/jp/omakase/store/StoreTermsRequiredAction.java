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

import jp.omakase.documents.Consent;
import jp.omakase.documents.DocumentCatalog;
import jp.omakase.documents.DocumentIds;
import jp.omakase.documents.DocumentProvider;
import jp.omakase.documents.DocumentStore;
import jp.omakase.documents.DocumentText;
import jp.omakase.profile.ProfileAttributes;

/**
 * The store's member terms (seed 2(3)-2, 会員登録): asked on a login through the store client when the user has not
 * accepted the current versions of the documents {@code store-terms} and {@code store-privacy}; a new version asks
 * again. 「進む」 with both boxes ticked records both texts ({@code OMK_CONSENT}; the versions also in the user's
 * attributes) and shows 「会員登録完了」, whose 「戻る」 continues the login to where the store was going.
 */
public class StoreTermsRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "omakase-store-terms.ftl";
    static final String COMPLETE_TEMPLATE = "omakase-store-terms-complete.ftl";
    static final String TERMS = "acceptTerms";
    static final String PRIVACY = "acceptPrivacy";
    /** The button of 「会員登録完了」. */
    static final String BACK = "back";

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

    /** The user's accepted versions are the current versions of both documents. */
    static boolean accepted(KeycloakSession session, UserModel user) {
        DocumentProvider documents = DocumentProvider.of(session);
        DocumentCatalog catalog = documents.catalog();
        return catalog.version(DocumentIds.STORE_TERMS).equals(user.getFirstAttribute(ProfileAttributes.STORE_TERMS_VERSION))
                && catalog.version(DocumentIds.STORE_PRIVACY).equals(user.getFirstAttribute(ProfileAttributes.STORE_PRIVACY_VERSION));
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        // a reload of 「会員登録完了」 shows it again; otherwise the terms
        context.challenge(accepted(context.getSession(), context.getUser()) ? context.form().createForm(COMPLETE_TEMPLATE)
                : form(context).createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        UserModel user = context.getUser();
        if (form.containsKey(BACK) && accepted(context.getSession(), user)) {
            context.getEvent().detail(Details.CUSTOM_REQUIRED_ACTION, StoreTermsRequiredActionFactory.PROVIDER_ID)
                    .detail("omakase_store_terms_version", user.getFirstAttribute(ProfileAttributes.STORE_TERMS_VERSION));
            context.success();
            return;
        }
        List<FormMessage> errors = new ArrayList<>();
        if (!"on".equals(form.getFirst(TERMS))) {
            errors.add(new FormMessage(TERMS, "omakaseStoreTermsRequiredMessage"));
        }
        if (!"on".equals(form.getFirst(PRIVACY))) {
            errors.add(new FormMessage(PRIVACY, "omakaseStorePrivacyRequiredMessage"));
        }
        if (!errors.isEmpty()) {
            context.getEvent().error(Errors.INVALID_INPUT);
            context.challenge(form(context).setErrors(errors).createForm(TEMPLATE));
            return;
        }
        Instant now = Instant.now();
        record(context, DocumentProvider.of(context.getSession()).text(DocumentIds.STORE_TERMS, user), now,
                ProfileAttributes.STORE_TERMS_VERSION, ProfileAttributes.STORE_TERMS_ACCEPTED_AT);
        record(context, DocumentProvider.of(context.getSession()).text(DocumentIds.STORE_PRIVACY, user), now,
                ProfileAttributes.STORE_PRIVACY_VERSION, ProfileAttributes.STORE_PRIVACY_ACCEPTED_AT);
        context.challenge(context.form().createForm(COMPLETE_TEMPLATE));
    }

    /** The consent record of {@code text} and the user's version attributes; both texts of one 「進む」 share the time. */
    private static void record(RequiredActionContext context, DocumentText text, Instant now, String versionAttribute,
                               String acceptedAtAttribute) {
        UserModel user = context.getUser();
        user.setSingleAttribute(versionAttribute, text.getVersion());
        user.setSingleAttribute(acceptedAtAttribute, now.toString());
        DocumentStore.of(context.getSession()).record(context.getRealm().getId(), user.getId(), Consent.of(text, now.toEpochMilli()),
                DocumentStore.STORE_MEMBER, null);
    }

    /** The terms page with both documents in the user's language. */
    private static LoginFormsProvider form(RequiredActionContext context) {
        DocumentProvider documents = DocumentProvider.of(context.getSession());
        return context.form().setAttribute("omakaseTerms", documents.text(DocumentIds.STORE_TERMS, context.getUser()))
                .setAttribute("omakasePrivacy", documents.text(DocumentIds.STORE_PRIVACY, context.getUser()));
    }

    @Override
    public void close() {
    }
}
