package jp.omakase.documents;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.omakase.documents.jpa.ConsentEntity;
import jp.omakase.documents.jpa.DocumentVersionEntity;

/** The only reader and writer of {@code OMK_DOCUMENT_VERSION} and {@code OMK_CONSENT}, in the given session's transaction. */
public final class DocumentStore {

    /** The JPA entities of the documents package, for the one entity provider ({@code persistence}). */
    public static final List<Class<?>> ENTITIES = List.of(DocumentVersionEntity.class, ConsentEntity.class);

    /** Where a consent was given. */
    public static final String SIGNUP = "signup";
    public static final String STORE_MEMBER = "store-member";
    public static final String ORDER = "order";

    private final EntityManager em;

    private DocumentStore(EntityManager em) {
        this.em = em;
    }

    public static DocumentStore of(KeycloakSession session) {
        return new DocumentStore(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    /** Every (document, version, language) seen so far, by {@link DocumentVersions#key}. */
    Map<String, DocumentVersions.Known> known() {
        Map<String, DocumentVersions.Known> known = new LinkedHashMap<>();
        for (DocumentVersionEntity v : em.createNamedQuery("omakase.documentVersions", DocumentVersionEntity.class).getResultList()) {
            DocumentVersions.Known k = new DocumentVersions.Known(v.getDocumentId(), v.getVersion(), v.getLanguage(), v.getSha256(),
                    v.getFirstSeenAt());
            known.put(k.key(), k);
        }
        return known;
    }

    /** Keeps a text seen for the first time; flushed, so a twin node's insert fails here (unique key). */
    void keep(DocumentText text, long now) {
        DocumentVersionEntity v = new DocumentVersionEntity();
        v.setId(KeycloakModelUtils.generateId());
        v.setDocumentId(text.getId());
        v.setVersion(text.getVersion());
        v.setLanguage(text.getLanguage());
        v.setSha256(text.getSha256());
        v.setTitle(text.getTitle().length() > 255 ? text.getTitle().substring(0, 255) : text.getTitle());
        v.setFirstSeenAt(now);
        em.persist(v);
        em.flush();
    }

    /** Writes a consent of {@code userId}; {@code orderId} null unless given for an order. */
    public ConsentRecord record(String realmId, String userId, Consent consent, String context, String orderId) {
        ConsentEntity c = new ConsentEntity();
        c.setId(KeycloakModelUtils.generateId());
        c.setRealmId(realmId);
        c.setUserId(userId);
        c.setDocumentId(consent.documentId());
        c.setVersion(consent.version());
        c.setLanguage(consent.language());
        c.setSha256(consent.sha256());
        c.setAcceptedAt(consent.acceptedAt());
        c.setContext(context);
        c.setOrderId(orderId);
        em.persist(c);
        return view(c);
    }

    /** The consents of {@code userId}, oldest first. */
    public List<ConsentRecord> byUser(String realmId, String userId) {
        return em.createNamedQuery("omakase.consentsByUser", ConsentEntity.class).setParameter("realmId", realmId)
                .setParameter("userId", userId).setMaxResults(1000).getResultStream().map(DocumentStore::view).toList();
    }

    private static ConsentRecord view(ConsentEntity c) {
        return new ConsentRecord(c.getId(), c.getUserId(), c.getDocumentId(), c.getVersion(), c.getLanguage(), c.getSha256(),
                Instant.ofEpochMilli(c.getAcceptedAt()).toString(), c.getContext(), c.getOrderId());
    }
}
