package jp.omakase.documents;

import java.util.List;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * The documents of the store's 最終確認 (seed 2(3)5): 利用ガイド ({@code order-guide}) and ご注意事項
 * ({@code order-cautions}), shown in the user's language and recorded with the order when 「上記内容に同意する」 is
 * ticked and the order placed.
 */
public final class OrderDocuments {

    /** Template attributes of the two texts. */
    public static final String GUIDE_ATTRIBUTE = "omakaseGuide";
    public static final String CAUTIONS_ATTRIBUTE = "omakaseCautions";
    private static final List<String> IDS = List.of(DocumentIds.ORDER_GUIDE, DocumentIds.ORDER_CAUTIONS);

    private OrderDocuments() {
    }

    /** Adds both texts to a store page ({@code user} null before login). */
    public static LoginFormsProvider attach(LoginFormsProvider form, KeycloakSession session, UserModel user) {
        DocumentProvider documents = DocumentProvider.of(session);
        return form.setAttribute(GUIDE_ATTRIBUTE, documents.text(DocumentIds.ORDER_GUIDE, user))
                .setAttribute(CAUTIONS_ATTRIBUTE, documents.text(DocumentIds.ORDER_CAUTIONS, user));
    }

    /** Records the consent to both texts, as shown to {@code user}, for the order {@code orderId} (same transaction as the caller). */
    public static void recordConsent(KeycloakSession session, UserModel user, String orderId) {
        DocumentProvider documents = DocumentProvider.of(session);
        DocumentStore store = DocumentStore.of(session);
        long now = System.currentTimeMillis();
        for (String id : IDS) {
            store.record(session.getContext().getRealm().getId(), user.getId(), Consent.of(documents.text(id, user), now),
                    DocumentStore.ORDER, orderId);
        }
    }
}
