package jp.omakase.tenant.security.mfa;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.omakase.mfa.MfaMethod;
import jp.omakase.mfa.MfaPolicy;

/**
 * The posted 多要素認証 form, pure: {@code policy} (off, admins, all, groups), {@code groups} (group ids, for "groups")
 * and {@code methods} (totp, webauthn, email). {@link #errors} gives field → message key; empty when it can be saved.
 */
public record MfaForm(String policy, List<String> groups, List<String> methods) {

    public static final String POLICY = "policy";
    public static final String GROUPS = "groups";
    public static final String METHODS = "methods";

    /** The form from posted values (null lists read as empty). */
    public static MfaForm read(String policy, List<String> groups, List<String> methods) {
        return new MfaForm(policy == null ? "" : policy.strip(), groups == null ? List.of() : List.copyOf(groups),
                methods == null ? List.of() : List.copyOf(methods));
    }

    /** The form showing {@code policy}. */
    public static MfaForm of(MfaPolicy policy) {
        List<String> m = new ArrayList<>();
        policy.methods().forEach(x -> m.add(x.value()));
        return new MfaForm(policy.mode().value(), List.copyOf(policy.groups()), m);
    }

    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        MfaPolicy.Mode mode = MfaPolicy.Mode.of(policy);
        if (mode == null) {
            errors.put(POLICY, "omakaseConsoleMfaErrorPolicy");
            return errors;
        }
        if (mode != MfaPolicy.Mode.OFF && methodSet().isEmpty()) {
            errors.put(METHODS, "omakaseConsoleMfaErrorNoMethod");
        }
        if (mode == MfaPolicy.Mode.GROUPS && groups.stream().noneMatch(g -> !g.isBlank())) {
            errors.put(GROUPS, "omakaseConsoleMfaErrorNoGroup");
        }
        return errors;
    }

    /** The known methods posted (unknown values dropped). */
    public Set<MfaMethod> methodSet() {
        Set<MfaMethod> out = EnumSet.noneOf(MfaMethod.class);
        for (String v : methods) {
            MfaMethod m = MfaMethod.of(v);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** The policy to store: a form without errors; "off" keeps the methods chosen for when it is turned on again. */
    public MfaPolicy policy(List<String> groupIds) {
        MfaPolicy.Mode mode = MfaPolicy.Mode.of(policy);
        return new MfaPolicy(mode, mode == MfaPolicy.Mode.GROUPS ? Set.copyOf(groupIds) : Set.of(), methodSet());
    }
}
