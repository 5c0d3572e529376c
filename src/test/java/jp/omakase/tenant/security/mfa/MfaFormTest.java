package jp.omakase.tenant.security.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.omakase.mfa.MfaMethod;
import jp.omakase.mfa.MfaPolicy;

class MfaFormTest {

    @Test
    void offNeedsNothingElse() {
        assertTrue(MfaForm.read("off", null, null).errors().isEmpty());
    }

    @Test
    void anUnknownPolicyIsRefused() {
        assertEquals(Map.of(MfaForm.POLICY, "omakaseConsoleMfaErrorPolicy"), MfaForm.read("maybe", null, List.of("totp")).errors());
        assertEquals(Map.of(MfaForm.POLICY, "omakaseConsoleMfaErrorPolicy"), MfaForm.read(null, null, null).errors());
    }

    @Test
    void aRequiredPolicyNeedsAKnownMethod() {
        assertEquals(Map.of(MfaForm.METHODS, "omakaseConsoleMfaErrorNoMethod"), MfaForm.read("all", null, List.of("sms")).errors());
    }

    @Test
    void theGroupsPolicyNeedsAGroup() {
        assertEquals(Map.of(MfaForm.GROUPS, "omakaseConsoleMfaErrorNoGroup"), MfaForm.read("groups", List.of(""), List.of("email")).errors());
    }

    @Test
    void theStoredPolicyKeepsGroupsOnlyForGroups() {
        MfaForm form = MfaForm.read("admins", List.of("g1"), List.of("totp", "webauthn"));
        assertEquals(new MfaPolicy(MfaPolicy.Mode.ADMINS, Set.of(), EnumSet.of(MfaMethod.TOTP, MfaMethod.WEBAUTHN)), form.policy(List.of("g1")));
        assertEquals(Set.of("g1"), MfaForm.read("groups", List.of("g1"), List.of("totp")).policy(List.of("g1")).groups());
    }

    @Test
    void theFormOfAStoredPolicyShowsIt() {
        MfaForm form = MfaForm.of(new MfaPolicy(MfaPolicy.Mode.GROUPS, Set.of("g1"), EnumSet.of(MfaMethod.EMAIL)));
        assertEquals("groups", form.policy());
        assertEquals(List.of("g1"), form.groups());
        assertEquals(List.of("email"), form.methods());
    }
}
