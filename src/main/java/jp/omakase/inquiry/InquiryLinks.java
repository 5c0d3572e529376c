package jp.omakase.inquiry;

import java.util.Optional;

import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.RealmModel;

import jp.omakase.support.PublicUrls;

/**
 * The address of a realm's inquiry form ({@code /realms/{realm}/omakase/inquiry}) on the realm's public URL
 * ({@link PublicUrls}, never a request's Host), for the mails: their inquiry link points here when the operator has
 * set no inquiry URL of its own ({@code inquiry-url} options). Empty when the realm has no public URL.
 */
public final class InquiryLinks {

    private InquiryLinks() {
    }

    public static Optional<String> form(RealmModel realm) {
        return PublicUrls.configured().base(realm).map(base -> UriBuilder.fromUri(base).path("realms").path(realm.getName())
                .path("omakase").path(InquiryPagesResource.FEATURE).build().toString());
    }

    /** The operator's inquiry URL when set, else the realm's own form. */
    public static Optional<String> or(Optional<String> configured, RealmModel realm) {
        return configured.isPresent() ? configured : form(realm);
    }
}
