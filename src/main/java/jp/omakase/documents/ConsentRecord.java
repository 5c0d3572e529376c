package jp.omakase.documents;

/**
 * A consent as stored (table {@code OMK_CONSENT}) and as the admin endpoint answers it: who, which text (document,
 * version, language, SHA-256 of the file), when (ISO-8601, UTC), where ({@code signup}, {@code store-member},
 * {@code order}) and for which order.
 */
public record ConsentRecord(String id, String userId, String documentId, String version, String language, String sha256,
                            String acceptedAt, String context, String orderId) {
}
