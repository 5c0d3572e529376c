package jp.omakase.tenant.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.keycloak.models.OrganizationModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing the パスワードポリシー and アクセス制限 forms: stricter-only ranges, blanks, errors by field and line. */
class SecurityFormsTest {

    private static MultivaluedMap<String, String> form(Map<String, String> fields) {
        MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
        fields.forEach(m::add);
        return m;
    }

    /** An Organization with only attributes (the readers ask nothing else). */
    private static OrganizationModel organization(Map<String, List<String>> attributes) {
        return (OrganizationModel) Proxy.newProxyInstance(OrganizationModel.class.getClassLoader(), new Class<?>[] {OrganizationModel.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getAttributes")) {
                        return attributes;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void blanksAndTheServiceValuesStoreNothing() {
        PasswordPolicyForm f = PasswordPolicyForm.parse(form(Map.of("minLength", "", "classes", "3", "history", "", "maxAgeDays", "")));
        assertTrue(f.policy().none());
        assertEquals(Map.of(), f.policy().attributes());
        assertTrue(PasswordPolicyForm.parse(form(Map.of("minLength", "10", "classes", "3"))).policy().none());
    }

    @Test
    void aStricterRuleIsStoredAsAttributes() {
        PasswordPolicyForm f = PasswordPolicyForm.parse(form(Map.of("minLength", "16", "classes", "4", "history", "5", "maxAgeDays", "90",
                "notEmail", "true", "notCompany", "true")));
        assertEquals(new TenantPasswordPolicy(16, 4, 5, 90, true, true), f.policy());
        assertEquals(Map.of(TenantPasswordPolicy.MIN_LENGTH, "16", TenantPasswordPolicy.CLASSES, "4", TenantPasswordPolicy.HISTORY, "5",
                TenantPasswordPolicy.MAX_AGE_DAYS, "90", TenantPasswordPolicy.NOT_EMAIL, "true", TenantPasswordPolicy.NOT_COMPANY, "true"),
                f.policy().attributes());
    }

    @ParameterizedTest(name = "[{index}] {0}={1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            minLength  | 9     | omakaseSecurityPasswordErrorMinLength
            minLength  | 65    | omakaseSecurityPasswordErrorMinLength
            minLength  | -12   | omakaseSecurityPasswordErrorMinLength
            minLength  | １２  | omakaseSecurityPasswordErrorMinLength
            classes    | 2     | omakaseSecurityPasswordErrorClasses
            classes    | 5     | omakaseSecurityPasswordErrorClasses
            history    | 0     | omakaseSecurityPasswordErrorHistory
            history    | 25    | omakaseSecurityPasswordErrorHistory
            maxAgeDays | 0     | omakaseSecurityPasswordErrorMaxAge
            maxAgeDays | 3651  | omakaseSecurityPasswordErrorMaxAge
            maxAgeDays | 99999 | omakaseSecurityPasswordErrorMaxAge
            """)
    void aWeakerOrUnreadableValueIsAnErrorOnItsField(String field, String value, String key) {
        PasswordPolicyForm f = PasswordPolicyForm.parse(form(Map.of(field, value)));
        assertNull(f.policy());
        assertEquals(Map.of(field, key), f.errors());
        assertEquals(value, f.values().get(field), "shown as entered");
    }

    @Test
    void storedAttributesOutOfRangeNeverWeakenTheServiceRule() {
        TenantPasswordPolicy p = TenantPasswordPolicy.of(organization(Map.of(TenantPasswordPolicy.MIN_LENGTH, List.of("6"),
                TenantPasswordPolicy.CLASSES, List.of("2"), TenantPasswordPolicy.HISTORY, List.of("x"))));
        assertTrue(p.none());
    }

    @Test
    void twoTenantsRulesCombineToTheStricter() {
        TenantPasswordPolicy a = new TenantPasswordPolicy(12, 0, 3, 90, true, false);
        TenantPasswordPolicy b = new TenantPasswordPolicy(0, 4, 0, 30, false, true);
        assertEquals(new TenantPasswordPolicy(12, 4, 3, 30, true, true), a.and(b));
        assertEquals(a, a.and(TenantPasswordPolicy.NONE));
    }

    @Test
    void networksFormReadsOneRangeALineAndNamesTheBadLine() {
        NetworksForm ok = NetworksForm.parse(form(Map.of("ranges", "203.0.113.0/24\r\n\n 2001:db8::/32 \n203.0.113.9/24", "scope", "members")));
        assertEquals(List.of(Cidr.parse("203.0.113.0/24").orElseThrow(), Cidr.parse("2001:db8::/32").orElseThrow()), ok.networks().ranges());
        assertEquals(TenantNetworks.Scope.MEMBERS, ok.networks().scope());
        NetworksForm bad = NetworksForm.parse(form(Map.of("ranges", "203.0.113.0/24\noffice.example.jp", "scope", "all")));
        assertNull(bad.networks());
        assertEquals(2, bad.badLine());
        assertEquals("omakaseSecurityNetworksErrorRange", bad.errors().get("ranges"));
        assertEquals("omakaseSecurityNetworksErrorScope", NetworksForm.parse(form(Map.of("ranges", "", "scope", "x"))).errors().get("scope"));
        NetworksForm empty = NetworksForm.parse(form(Map.of("ranges", "", "scope", "all")));
        assertTrue(empty.networks().ranges().isEmpty());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= TenantNetworks.MAX_RANGES; i++) {
            many.append("10.0.").append(i / 256).append('.').append(i % 256).append('\n');
        }
        assertEquals("omakaseSecurityNetworksErrorTooMany",
                NetworksForm.parse(form(Map.of("ranges", many.toString(), "scope", "all"))).errors().get("ranges"));
    }
}
