package jp.omakase.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import jp.omakase.order.Contractor;
import jp.omakase.order.OrderRequest;

/** The store's お客様情報の入力 form becomes a {@link Contractor} field by field, bounded, nothing padded; contact days. */
class ContractorFormTest {

    @Test
    void everyFieldOfTheFormLandsInItsComponent() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        Map.of("companyName", "山田商事株式会社", "companyKana", "ヤマダショウジ", "department", "情報システム部", "name", "山田 太郎",
                "nameKana", "ヤマダ タロウ", "email", "taro@example.jp", "postalCode", "100-0001", "address1", "東京都千代田区",
                "address2", "千代田1-1", "phone", "03-1234-5678").forEach(form::add);
        form.add("contactPhone", "090-1234-5678");
        form.addAll("contactDays", "MON", "TUE");
        form.add("contactHours", "09-11");

        Contractor c = ContractorForm.read(form);

        assertEquals(Contractor.builder().companyName("山田商事株式会社").companyKana("ヤマダショウジ").department("情報システム部")
                .name("山田 太郎").nameKana("ヤマダ タロウ").email("taro@example.jp").postalCode("100-0001").address1("東京都千代田区")
                .address2("千代田1-1").phone("03-1234-5678").contactPhone("090-1234-5678").contactDays(List.of("MON", "TUE"))
                .contactHours(List.of("09-11")).build(), c);
        assertEquals(Map.of(), c.validate(""));
    }

    @Test
    void contactDaysAreStoredInWeekOrderWhateverOrderTheyArePostedIn() {
        MultivaluedHashMap<String, String> form = valid();
        form.addAll("contactDays", "FRI", "MON", "WED", "MON", "TUE");

        Contractor c = ContractorForm.read(form);

        assertEquals(Map.of(), c.validate(""));
        assertEquals(List.of("MON", "TUE", "WED", "FRI"), c.normalized().contactDays(), "月 火 水 金, once each");
        assertEquals(List.of("ANY", "MON", "TUE", "WED", "THU", "FRI"), Contractor.DAYS, "the form: 指定なし, then 月曜日 … 金曜日");
    }

    @Test
    void noPreferenceTickedTogetherWithADayIsRefused() {
        MultivaluedHashMap<String, String> both = valid();
        both.addAll("contactDays", "MON", "ANY");
        assertEquals(Map.of("contactDays", "any_with_days"), ContractorForm.read(both).validate(""));

        MultivaluedHashMap<String, String> any = valid();
        any.addAll("contactDays", "ANY", "ANY");
        assertEquals(Map.of(), ContractorForm.read(any).validate(""), "指定なし alone, even posted twice");
        assertEquals(List.of("ANY"), ContractorForm.read(any).normalized().contactDays());

        MultivaluedHashMap<String, String> unknown = valid();
        unknown.addAll("contactDays", "ANY", "SUN");
        assertEquals(Map.of("contactDays", "unknown_value"), ContractorForm.read(unknown).validate(""), "an unknown day first");
    }

    @Test
    void theIdempotencyHashDoesNotDependOnTheStoredDayOrder() {
        MultivaluedHashMap<String, String> form = valid();
        form.addAll("contactDays", "TUE", "MON", "FRI");
        Contractor c = ContractorForm.read(form);
        // orders placed before week order was stored hashed the days alphabetically: a retry still matches them
        assertEquals(List.of("FRI", "MON", "TUE"), c.canonical().contactDays());
        assertEquals(new OrderRequest("OML-1", "u", "p", 1, c).hash(),
                new OrderRequest("OML-1", "u", "p", 1, c.normalized()).hash());
    }

    private static MultivaluedHashMap<String, String> valid() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        Map.of("companyName", "山田商事株式会社", "companyKana", "ヤマダショウジ", "name", "山田 太郎", "nameKana", "ヤマダ タロウ",
                "email", "taro@example.jp", "postalCode", "100-0001", "address1", "東京都千代田区", "phone", "03-1234-5678")
                .forEach(form::add);
        return form;
    }

    @Test
    void missingFieldsStayEmptyAndLongInputIsBounded() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("companyName", "あ".repeat(5000));
        form.put("contactDays", Collections.nCopies(50, "MON"));

        Contractor c = ContractorForm.read(form);

        assertEquals(1000, c.companyName().length());
        assertEquals(10, c.contactDays().size());
        assertEquals(List.of(), c.contactHours());
        assertNull(c.email());
        assertEquals("required", c.validate("").get("email"));
    }
}
