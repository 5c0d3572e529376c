package jp.omakase.store;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.LocalDate;

import org.keycloak.models.UserSessionModel;
import org.keycloak.util.JsonSerialization;

import jp.omakase.order.Contractor;
import jp.omakase.support.JapanTime;

/**
 * The order in the making, kept in notes of the Business ID's user session: the contractor typed on お客様情報の入力,
 * the order number it will be placed under (so a second 「注文を実行する」 finds the same order) and the number of the
 * last order placed (so the second post of a double click shows that order).
 */
final class StoreDraft {

    private static final String DRAFT = "omakase.store.draft";
    private static final String NUMBER = "omakase.store.orderNumber";
    private static final String LAST = "omakase.store.lastOrderNumber";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserSessionModel userSession;

    StoreDraft(UserSessionModel userSession) {
        this.userSession = userSession;
    }

    /** The contractor saved by the form, or null. */
    Contractor contractor() {
        String json = userSession.getNote(DRAFT);
        try {
            return json == null ? null : JsonSerialization.readValue(json, Contractor.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** Saves the (valid, normalised) contractor; the draft gets its order number the first time. */
    void save(Contractor contractor) {
        try {
            userSession.setNote(DRAFT, JsonSerialization.writeValueAsString(contractor));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (userSession.getNote(NUMBER) == null) {
            renumber();
        }
    }

    /** The order number the draft will be placed under, or null. */
    String number() {
        return userSession.getNote(NUMBER);
    }

    /** A fresh order number for the next attempt (every number tried was taken). */
    void renumber() {
        userSession.setNote(NUMBER, OrderNumbers.fresh(LocalDate.now(JapanTime.ZONE), RANDOM));
    }

    /** The order was placed under {@code orderNumber}: the draft goes, the number is remembered. */
    void placed(String orderNumber) {
        userSession.removeNote(DRAFT);
        userSession.removeNote(NUMBER);
        userSession.setNote(LAST, orderNumber);
    }

    /** The number of the last order placed in this session, or null. */
    String last() {
        return userSession.getNote(LAST);
    }
}
