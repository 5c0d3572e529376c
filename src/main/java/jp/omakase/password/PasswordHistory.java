package jp.omakase.password;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * The password history of a tenant's rule "not one of the last N". Keycloak keeps its own history
 * ({@code password-history} credentials) only while the realm's policy has {@code passwordHistory} and trims it to that
 * realm-wide length at every change, so a per-tenant N needs its own record: credentials of type {@link #TYPE}, copies
 * of earlier password hashes (never a password), which Keycloak leaves alone. Keycloak's own history items are read
 * too when the realm keeps them.
 */
final class PasswordHistory {

    /** Stored credential type of a former password's hash. */
    static final String TYPE = "omakase-password-history";

    private final KeycloakSession session;
    private final UserModel user;

    PasswordHistory(KeycloakSession session, UserModel user) {
        this.session = session;
        this.user = user;
    }

    /** True when {@code password} is the current password or one of the {@code n - 1} before it. */
    boolean reused(String password, int n) {
        return Stream.concat(user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE).limit(1),
                        former()).limit(n).anyMatch(c -> matches(c, password));
    }

    /**
     * Keeps the current password's hash as a former one (once), then only the {@code n - 1} newest former ones: called
     * when a new password passed the rule, before Keycloak replaces the current one.
     */
    void remember(int n) {
        CredentialModel current = user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE)
                .findFirst().orElse(null);
        List<CredentialModel> ours = user.credentialManager().getStoredCredentialsByTypeStream(TYPE)
                .sorted(newestFirst()).toList();
        if (current != null && ours.stream().noneMatch(c -> Objects.equals(c.getSecretData(), current.getSecretData()))) {
            CredentialModel copy = new CredentialModel();
            copy.setType(TYPE);
            copy.setCreatedDate(current.getCreatedDate());
            copy.setSecretData(current.getSecretData());
            copy.setCredentialData(current.getCredentialData());
            user.credentialManager().createStoredCredential(copy);
            ours = Stream.concat(Stream.of(copy), ours.stream()).toList();
        }
        ours.stream().skip(Math.max(0, n - 1)).filter(c -> c.getId() != null)
                .forEach(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
    }

    /** Former passwords, newest first: ours and Keycloak's own. */
    private Stream<CredentialModel> former() {
        return Stream.concat(user.credentialManager().getStoredCredentialsByTypeStream(TYPE),
                user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.PASSWORD_HISTORY))
                .sorted(newestFirst());
    }

    private static Comparator<CredentialModel> newestFirst() {
        return Comparator.comparing((CredentialModel c) -> c.getCreatedDate() == null ? 0L : c.getCreatedDate()).reversed();
    }

    private boolean matches(CredentialModel credential, String password) {
        PasswordCredentialModel p = PasswordCredentialModel.createFromCredentialModel(credential);
        PasswordHashProvider hash = session.getProvider(PasswordHashProvider.class, p.getPasswordCredentialData().getAlgorithm());
        return hash != null && hash.verify(password, p);
    }
}
