package jp.omakase.mfa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's multi-factor policy as its Organization attributes hold it, the one typed reader and writer of
 * {@code omakase.mfa.*}: {@link #POLICY} (off, admins, all, groups), {@link #GROUPS} (Organization group ids, for
 * "groups") and {@link #METHODS} (totp, webauthn, email). Unknown or missing values read as "off"; a policy other than
 * off with no method reads as every method (a tenant is never left with a required factor nobody can use).
 */
public record MfaPolicy(Mode mode, Set<String> groups, Set<MfaMethod> methods) {

    public static final String POLICY = "omakase.mfa.policy";
    public static final String GROUPS = "omakase.mfa.groups";
    public static final String METHODS = "omakase.mfa.methods";

    /** Who must use a second factor. */
    public enum Mode {
        OFF("off"), ADMINS("admins"), ALL("all"), GROUPS("groups");

        private final String value;

        Mode(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public static Mode of(String value) {
            for (Mode m : values()) {
                if (m.value.equals(value)) {
                    return m;
                }
            }
            return null;
        }
    }

    public static final MfaPolicy OFF = new MfaPolicy(Mode.OFF, Set.of(), MfaMethod.all());

    public MfaPolicy {
        groups = Set.copyOf(groups);
        methods = methods.isEmpty() ? MfaMethod.all() : EnumSet.copyOf(methods);
    }

    /** The policy of an Organization's attributes (as {@code OrganizationModel.getAttributes()} gives them). */
    public static MfaPolicy read(Map<String, List<String>> attributes) {
        Mode mode = Mode.of(first(attributes.get(POLICY)));
        if (mode == null || mode == Mode.OFF) {
            return OFF;
        }
        Set<MfaMethod> methods = EnumSet.noneOf(MfaMethod.class);
        for (String v : values(attributes.get(METHODS))) {
            MfaMethod m = MfaMethod.of(v);
            if (m != null) {
                methods.add(m);
            }
        }
        return new MfaPolicy(mode, new LinkedHashSet<>(values(attributes.get(GROUPS))), methods);
    }

    /** This policy written into {@code attributes} (other keys kept). */
    public void writeTo(Map<String, List<String>> attributes) {
        attributes.put(POLICY, List.of(mode.value()));
        attributes.put(GROUPS, mode == Mode.GROUPS ? List.copyOf(groups) : List.of());
        List<String> m = new ArrayList<>();
        methods.forEach(x -> m.add(x.value()));
        attributes.put(METHODS, m);
    }

    /**
     * Whether a member must use a second factor: {@code admin} (holds the tenant administrator role) and the ids of the
     * tenant's groups the member is in (their parents included).
     */
    public boolean requires(boolean admin, Collection<String> memberGroups) {
        return switch (mode) {
            case OFF -> false;
            case ALL -> true;
            case ADMINS -> admin;
            case GROUPS -> memberGroups.stream().anyMatch(groups::contains);
        };
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Values as stored: one value per entry, or one comma-separated entry. */
    private static List<String> values(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v == null ? new String[0] : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }
}
