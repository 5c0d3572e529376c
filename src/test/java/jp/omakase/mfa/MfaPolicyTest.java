package jp.omakase.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MfaPolicyTest {

    @Test
    void missingOrUnknownPolicyReadsAsOff() {
        assertEquals(MfaPolicy.Mode.OFF, MfaPolicy.read(Map.of()).mode());
        assertEquals(MfaPolicy.Mode.OFF, MfaPolicy.read(Map.of(MfaPolicy.POLICY, List.of("sometimes"))).mode());
        assertFalse(MfaPolicy.read(Map.of()).requires(true, Set.of("g")));
    }

    @Test
    void methodsReadFromOneCommaValueOrManyValuesUnknownDropped() {
        MfaPolicy a = MfaPolicy.read(Map.of(MfaPolicy.POLICY, List.of("all"), MfaPolicy.METHODS, List.of("totp,email,sms")));
        MfaPolicy b = MfaPolicy.read(Map.of(MfaPolicy.POLICY, List.of("all"), MfaPolicy.METHODS, List.of("email", "totp")));
        assertEquals(EnumSet.of(MfaMethod.TOTP, MfaMethod.EMAIL), a.methods());
        assertEquals(a.methods(), b.methods());
    }

    @Test
    void aRequiredPolicyWithoutMethodsAllowsEveryMethod() {
        assertEquals(MfaMethod.all(), MfaPolicy.read(Map.of(MfaPolicy.POLICY, List.of("admins"))).methods());
    }

    @ParameterizedTest
    @CsvSource({
        "off, true, g1, false",
        "all, false, '', true",
        "admins, true, '', true",
        "admins, false, g1, false",
        "groups, false, g1, true",
        "groups, true, g3, false",
        "groups, false, '', false"})
    void whoMustUseASecondFactor(String mode, boolean admin, String memberGroup, boolean expected) {
        MfaPolicy policy = MfaPolicy.read(Map.of(MfaPolicy.POLICY, List.of(mode), MfaPolicy.GROUPS, List.of("g1", "g2")));
        assertEquals(expected, policy.requires(admin, memberGroup.isEmpty() ? Set.of() : Set.of(memberGroup)));
    }

    @Test
    void writeThenReadGivesTheSamePolicyAndKeepsOtherAttributes() {
        MfaPolicy policy = new MfaPolicy(MfaPolicy.Mode.GROUPS, Set.of("g1"), EnumSet.of(MfaMethod.WEBAUTHN));
        Map<String, List<String>> attributes = new HashMap<>(Map.of("omakase.password.minLength", List.of("12")));
        policy.writeTo(attributes);
        assertEquals(policy, MfaPolicy.read(attributes));
        assertEquals(List.of("12"), attributes.get("omakase.password.minLength"));
    }

    @Test
    void groupsAreKeptOnlyForTheGroupsPolicy() {
        Map<String, List<String>> attributes = new HashMap<>();
        new MfaPolicy(MfaPolicy.Mode.ALL, Set.of("g1"), EnumSet.of(MfaMethod.TOTP)).writeTo(attributes);
        assertTrue(attributes.get(MfaPolicy.GROUPS).isEmpty());
    }

    @Test
    void methodsSurviveTheAuthSessionNote() {
        Set<MfaMethod> methods = EnumSet.of(MfaMethod.TOTP, MfaMethod.EMAIL);
        assertEquals(methods, TenantMfa.fromNote(TenantMfa.note(methods)));
        assertTrue(TenantMfa.fromNote(null).isEmpty());
    }
}
