package jp.omakase.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Order request rules without a server: validation codes, the idempotency hash, prices and tax. */
class OrderRequestTest {

    private static final Pricing PRICING = new Pricing("omakase-login", 0, 0, 10);

    static Contractor contractor(String phone, List<String> days) {
        return new Contractor("山田商事株式会社", "ヤマダショウジ", "情報システム部", "山田 太郎", "ヤマダ タロウ", "taro@example.jp",
                "100-0001", "東京都千代田区", "千代田1-1", phone, null, days, List.of("09-11"));
    }

    @Test
    void aCompleteRequestHasNoErrors() {
        assertEquals(Map.of(), new OrderRequest("EC-1", "u", "omakase-login", null, contractor("03-1234-5678", List.of("MON"))).validate(PRICING));
    }

    @Test
    void sameOrderWithSpacesAndListOrderHashesAlike() {
        OrderRequest a = new OrderRequest("EC-1", "u", "omakase-login", 1, contractor("03-1234-5678", List.of("MON", "TUE")));
        OrderRequest b = new OrderRequest(" EC-1 ", "u", "omakase-login", null, contractor(" 03-1234-5678 ", List.of("TUE", "MON")));
        assertEquals(a.hash(), b.hash());
        assertNotEquals(a.hash(), new OrderRequest("EC-1", "u", "omakase-login", 1, contractor("03-1234-9999", List.of("MON"))).hash());
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({"postalCode, 1000, postal_code", "postalCode, １００-０００１, postal_code", "phone, 1234, phone",
            "companyKana, やまだ, katakana", "email, taro@, email", "name, '', required"})
    void contractorFieldErrors(String field, String value, String code) {
        Contractor base = contractor("03-1234-5678", List.of("MON"));
        Contractor c = switch (field) {
            case "postalCode" -> new Contractor(base.companyName(), base.companyKana(), base.department(), base.name(), base.nameKana(),
                    base.email(), value, base.address1(), base.address2(), base.phone(), null, base.contactDays(), base.contactHours());
            case "phone" -> contractor(value, List.of("MON"));
            case "companyKana" -> new Contractor(base.companyName(), value, base.department(), base.name(), base.nameKana(),
                    base.email(), base.postalCode(), base.address1(), base.address2(), base.phone(), null, base.contactDays(), base.contactHours());
            case "email" -> new Contractor(base.companyName(), base.companyKana(), base.department(), base.name(), base.nameKana(),
                    value, base.postalCode(), base.address1(), base.address2(), base.phone(), null, base.contactDays(), base.contactHours());
            default -> new Contractor(base.companyName(), base.companyKana(), base.department(), value, base.nameKana(),
                    base.email(), base.postalCode(), base.address1(), base.address2(), base.phone(), null, base.contactDays(), base.contactHours());
        };
        assertEquals(Map.of("c." + field, code), c.validate("c."));
    }

    @ParameterizedTest(name = "{0} yen at {1}% -> tax {2}, total {3}")
    @CsvSource({"0, 10, 0, 0", "1000, 10, 100, 1100", "999, 10, 99, 1098", "1, 8, 0, 1", "12345, 8, 987, 13332"})
    void taxIsRoundedDownToTheYen(long fee, int rate, long tax, long total) {
        Pricing p = new Pricing("omakase-login", fee, 0, rate);
        assertEquals(tax, p.tax());
        assertEquals(total, p.total());
    }

    @ParameterizedTest(name = "{0} with U+{1}")
    @CsvSource({"companyName, 0000", "department, 000A", "name, 202E", "nameKana, 2066", "email, 000D", "address1, 0085",
            "address2, D800", "phone, 0009", "contactPhone, 2028", "postalCode, 001B", "companyKana, 200F"})
    void controlAndBidiCharactersAreRefusedInEveryContractorField(String field, String hex) throws Exception {
        Contractor base = contractor("03-1234-5678", List.of("MON"));
        Map<String, Object> values = new java.util.HashMap<>(org.keycloak.util.JsonSerialization.readValue(
                org.keycloak.util.JsonSerialization.writeValueAsString(base), Map.class));
        values.put(field, "12" + (char) Integer.parseInt(hex, 16) + "34");
        Contractor hostile = org.keycloak.util.JsonSerialization.readValue(
                org.keycloak.util.JsonSerialization.writeValueAsString(values), Contractor.class);
        assertEquals(Map.of("c." + field, "invalid_characters"), hostile.validate("c."));
    }

    @Test
    void nullInTheContactListsIsAFieldErrorNotAnException() {
        java.util.List<String> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        Contractor days = new Contractor("山田商事株式会社", "ヤマダショウジ", null, "山田 太郎", "ヤマダ タロウ", "taro@example.jp",
                "100-0001", "東京都千代田区", null, "03-1234-5678", null, withNull, withNull);
        assertEquals(Map.of("contactDays", "unknown_value", "contactHours", "unknown_value"), days.validate(""));
    }

    @Test
    void aSubjectWithControlCharactersNamesNoUserAndAHostileProductCodeIsRefused() {
        Map<String, String> errors = new OrderRequest("EC-1", "u\u0000", "omakase\u202E", null,
                contractor("03-1234-5678", List.of("MON"))).validate(PRICING);
        assertEquals(Map.of("subject", "unknown_user", "productCode", "invalid_characters"),
                new OrderRequest("EC-1", "u\u0000", "omakase\u202E", null, contractor("03-1234-5678", List.of("MON"))).validate(PRICING),
                errors.toString());
    }
}
