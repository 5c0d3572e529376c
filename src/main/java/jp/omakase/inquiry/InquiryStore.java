package jp.omakase.inquiry;

import java.util.List;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.inquiry.jpa.InquiryEntity;

/** The only writer of {@code OMK_INQUIRY}, in the transaction of the session it is given. */
public final class InquiryStore {

    /** The JPA entities of the inquiry package, for the one entity provider ({@code persistence}). */
    public static final List<Class<?>> ENTITIES = List.of(InquiryEntity.class);

    private InquiryStore() {
    }

    /** Who sent an inquiry from a signed-in page: the tenant (console) and the user; both null from the public form. */
    record Sender(String tenantId, String userId) {
        static final Sender ANONYMOUS = new Sender(null, null);
    }

    /** Stores the inquiry with {@code reference}; answers the row's id. */
    static String add(KeycloakSession session, String realmId, String reference, InquiryForm form, String language, Sender sender,
                      long now) {
        InquiryEntity e = new InquiryEntity();
        e.setId(KeycloakModelUtils.generateId());
        e.setRealmId(realmId);
        e.setReference(reference);
        e.setCategory(form.categoryValue().name());
        e.setName(form.name());
        e.setEmail(form.email());
        e.setCompany(form.company().isEmpty() ? null : form.company());
        e.setBody(form.text());
        e.setLanguage(language);
        e.setTenantId(sender.tenantId());
        e.setUserId(sender.userId());
        e.setCreatedAt(now);
        session.getProvider(JpaConnectionProvider.class).getEntityManager().persist(e);
        return e.getId();
    }

    /**
     * Deletes the inquiries sent from tenant {@code tenantId}'s console or by its user {@code userId} (either may be
     * null): the purge of a terminated tenant removes its people's personal data. Answers how many went.
     */
    public static int purge(KeycloakSession session, String tenantId, String userId) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createNamedQuery("omakase.inquiryDeleteByTenantOrUser")
                .setParameter("tenantId", tenantId == null ? "" : tenantId)
                .setParameter("userId", userId == null ? "" : userId)
                .executeUpdate();
    }
}
