package jp.omakase.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import jp.omakase.order.Contractor;

/** The store's お客様情報の入力 form becomes a {@link Contractor} field by field, bounded, nothing padded. */
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
