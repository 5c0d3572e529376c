package jp.omakase.tenant.apps;

/**
 * The console's own client attributes of an app, beyond the shared vocabulary of {@link TenantApps}: what the
 * administrator typed into the template's fields (so the edit form shows it again) and the two choices Keycloak keeps
 * in other shapes (the key transport as three URIs, the NameID value as a mapper).
 */
final class AppAttributes {

    /** {@code omakase.field.<name>}: a template field's input. */
    static final String FIELD_PREFIX = "omakase.field.";
    static final String KEY_TRANSPORT = "omakase.keyTransport";
    static final String NAME_ID_SOURCE = "omakase.nameIdSource";
    /** Set when a new client secret waits to be shown on the app's page (once; the page removes it). */
    static final String SECRET_PENDING = "omakase.secretPending";

    private AppAttributes() {
    }
}
