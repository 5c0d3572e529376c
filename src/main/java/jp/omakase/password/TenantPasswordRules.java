package jp.omakase.password;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.keycloak.policy.PolicyError;

import jp.omakase.tenant.security.TenantPasswordPolicy;

/**
 * A tenant's stricter password rule as pure functions (the history, which needs the stored credentials, is
 * {@link PasswordHistory}): length, character classes (the service rule's own check and message with the tenant's
 * number), not containing the e-mail's local part, not containing the company's name. The first broken rule wins, in
 * that order, so the message names one precise fix.
 */
public final class TenantPasswordRules {

    /** Parts of a name or address shorter than this are not checked (any password would contain "a" or "co"). */
    static final int MIN_PART = 3;

    private TenantPasswordRules() {
    }

    /** The first rule of {@code policy} that {@code password} breaks, or null. */
    public static PolicyError check(String password, TenantPasswordPolicy policy, String email, List<String> companyNames) {
        int length = password.codePointCount(0, password.length());
        if (policy.minLength() > 0 && length < policy.minLength()) {
            return new PolicyError(PasswordPolicyMessages.TENANT_LENGTH, policy.minLength(), length);
        }
        if (policy.classes() > 0) {
            PolicyError classes = CharacterClassesPasswordPolicyProvider.validate(password, policy.classes());
            if (classes != null) {
                return classes;
            }
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (policy.notEmail()) {
            String local = localPart(email);
            if (local != null && lower.contains(local.toLowerCase(Locale.ROOT))) {
                return new PolicyError(PasswordPolicyMessages.TENANT_EMAIL, local);
            }
        }
        if (policy.notCompany()) {
            for (String name : companyNames) {
                for (String part : nameParts(name)) {
                    if (lower.contains(part.toLowerCase(Locale.ROOT))) {
                        return new PolicyError(PasswordPolicyMessages.TENANT_COMPANY, part);
                    }
                }
            }
        }
        return null;
    }

    /** The part before the last {@code @}, when it is long enough to matter. */
    static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        String local = at < 0 ? email : email.substring(0, at);
        return local.length() >= MIN_PART ? local : null;
    }

    /**
     * The parts of a company name a half-width password could contain: the runs of letters and digits of its NFKC form
     * ({@code 株式会社ＡＢＣ商事} → {@code ABC}), each of at least {@link #MIN_PART} characters, and the whole name when it
     * is ASCII graphic only.
     */
    static List<String> nameParts(String name) {
        List<String> parts = new ArrayList<>();
        if (name == null) {
            return parts;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (n.length() >= MIN_PART && n.chars().allMatch(PasswordRules::isHalfWidth)) {
            parts.add(n);
        }
        for (String run : n.split("[^A-Za-z0-9]+")) {
            if (run.length() >= MIN_PART && !parts.contains(run)) {
                parts.add(run);
            }
        }
        return parts;
    }
}
