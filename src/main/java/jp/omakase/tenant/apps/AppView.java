package jp.omakase.tenant.apps;

import java.util.List;

/**
 * View bean {@code omakaseApp}: one app's page: what the SaaS needs from the IdP (SAML: metadata URL, SSO URL,
 * IdP-initiated URL, certificate download; OIDC: issuer, client id, client type), what is registered (entity ID, ACS
 * URLs or redirect URIs, NameID format), its state and assignment (mode, the groups and users holding access, the
 * tenant's other groups to add), and the action URLs under {@code base}. Never the client secret.
 */
public record AppView(String id, String name, String templateName, String protocol, boolean enabled, String clientId,
                      List<String> endpoints, String nameIdFormat, boolean confidential, String metadataUrl, String ssoUrl,
                      String idpInitiatedUrl, String issuer, String guideUrl, String iconLetter, String iconColor, String base,
                      Assignment assignment) {

    /** The assignment: {@code all}, the holders, the groups that could be added, the e-mail field's error (message key). */
    public record Assignment(boolean all, List<Holder> groups, List<Holder> users, List<Holder> otherGroups, String emailError) {
    }

    /** A group (by path) or a user (name and e-mail) holding access, with its id. */
    public record Holder(String id, String label, String detail) {
    }
}
