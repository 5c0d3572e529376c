package jp.omakase.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.policy.PolicyError;

import jp.omakase.tenant.security.TenantPasswordPolicy;

/**
 * A tenant's stricter rule on passwords the service rule accepts: the first broken rule, its message key and
 * parameters (length, classes, e-mail local part, company name), and nothing for a tenant without a rule.
 */
class TenantPasswordRulesTest {

    private static final TenantPasswordPolicy STRICT = new TenantPasswordPolicy(14, 4, 0, 0, true, true);
    private static final String EMAIL = "yamada.taro@example.jp";
    private static final List<String> COMPANY = List.of("株式会社ＡＢＣ商事");

    private static String outcome(String password) {
        PolicyError e = TenantPasswordRules.check(password, STRICT, EMAIL, COMPANY);
        return e == null ? "OK" : e.getMessage() + "@" + e.getParameters()[0];
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Abcdefgh1!              | omakaseTenantPasswordLengthMessage@14          | the service's example: too short for 14
            Abcdefghijklm1          | omakasePasswordCharacterClassesMessage@4       | 14 chars, 3 classes: the tenant wants 4
            Xyzdefghijkl1!          | OK                                             | 14 chars, 4 classes
            Yamada.Taro-2026!       | omakaseTenantPasswordEmailMessage@yamada.taro  | the e-mail's local part, any case
            Xyz-abc-Secure-99       | omakaseTenantPasswordCompanyMessage@ABC        | the company name's letters (NFKC of ＡＢＣ)
            """)
    void theFirstBrokenRuleAndItsMessage(String password, String expected, String why) {
        assertEquals(expected, outcome(password), why);
    }

    @Test
    void theLengthMessageSaysHowLongThePasswordIs() {
        PolicyError e = TenantPasswordRules.check("Abcdefgh1!", STRICT, EMAIL, COMPANY);
        assertEquals(List.of(14, 10), List.of(e.getParameters()));
    }

    @Test
    void withoutARuleEveryPasswordTheServiceAcceptsPasses() {
        assertNull(TenantPasswordRules.check("Abcdefgh1!", TenantPasswordPolicy.NONE, EMAIL, COMPANY));
        assertNull(TenantPasswordRules.check("Yamada.Taro-2026!", new TenantPasswordPolicy(0, 0, 0, 0, false, true), EMAIL, COMPANY));
    }

    @Test
    void shortPartsOfNamesAndAddressesAreNotChecked() {
        assertNull(TenantPasswordRules.localPart("ab@example.jp"));
        assertEquals("abc", TenantPasswordRules.localPart("abc@example.jp"));
        assertEquals(List.of("ABC"), TenantPasswordRules.nameParts("株式会社ＡＢＣ商事"));
        assertEquals(List.of("Acme", "Corp"), TenantPasswordRules.nameParts("Acme Corp"));
        assertEquals(List.of("Acme-Corp", "Acme", "Corp"), TenantPasswordRules.nameParts("Acme-Corp"));
        assertTrue(TenantPasswordRules.nameParts("おまかせ商事").isEmpty());
        assertTrue(TenantPasswordRules.nameParts("KK 日本").isEmpty(), "two letters only");
    }

    @Test
    void passwordAgeExpiresAfterTheDays() {
        long day = 86_400_000L;
        assertFalse(TenantPasswordAgeRequiredAction.expired(0, 90, 90 * day));
        assertTrue(TenantPasswordAgeRequiredAction.expired(0, 90, 90 * day + 1));
    }
}
