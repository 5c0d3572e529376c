package jp.omakase.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inquiry form's check: required fields, categories, e-mail form, lengths, characters; a script stays text. */
class InquiryFormTest {

    private static InquiryForm form(String category, String name, String email, String company, String text) {
        return new InquiryForm(category, name, email, company, text);
    }

    private static InquiryForm valid() {
        return form("LOCK", "山田 太郎", "taro@example.jp", "株式会社サンプル", "ログインできません。\nロックされたようです。");
    }

    @Test
    void aCompleteFormHasNoErrors() {
        assertEquals(Map.of(), valid().errors());
        assertEquals(InquiryCategory.LOCK, valid().categoryValue());
    }

    @Test
    void companyIsOptionalEverythingElseRequired() {
        assertEquals(Map.of(), form("OTHER", "山田", "a@example.jp", "", "本文").errors());
        Map<String, String> errors = form("", "", "", "", "").errors();
        assertEquals(List.of("category", "name", "email", "text"), List.copyOf(errors.keySet()), "in the form's order");
        assertTrue(errors.values().stream().allMatch(InquiryForm.REQUIRED::equals), errors.toString());
    }

    @Test
    void readStripsAndFillsAbsentFields() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("category", "CONTRACT");
        posted.putSingle("name", "  山田 太郎 \n");
        posted.putSingle("email", " taro@example.jp ");
        InquiryForm f = InquiryForm.read(posted);
        assertEquals("山田 太郎", f.name());
        assertEquals("taro@example.jp", f.email());
        assertEquals("", f.company());
        assertEquals("", f.text());
        assertEquals(Map.of("text", InquiryForm.REQUIRED), f.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "Lock", "DELETE", "<script>", "LOCK "})
    void unknownCategoriesAreRefused(String category) {
        assertEquals(Map.of("category", InquiryForm.CATEGORY_INVALID),
                form(category, "山田", "a@example.jp", "", "本文").errors());
    }

    @Test
    void everyCategoryOfTheManualIsAccepted() {
        for (InquiryCategory c : InquiryCategory.values()) {
            assertEquals(Map.of(), form(c.name(), "山田", "a@example.jp", "", "本文").errors(), c.name());
        }
        assertEquals(List.of("LOGIN", "PASSWORD", "LOCK", "CONTRACT", "OTHER"),
                java.util.Arrays.stream(InquiryCategory.values()).map(Enum::name).toList());
        assertTrue(InquiryCategory.LOCK.lockRelated() && InquiryCategory.LOGIN.lockRelated());
        assertTrue(!InquiryCategory.CONTRACT.lockRelated() && !InquiryCategory.OTHER.lockRelated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"taro", "taro@", "@example.jp", "taro@@example.jp", "taro example@example.jp", "taro@example.jp,b@example.jp",
            "<script>@example.jp"})
    void malformedAddressesAreRefused(String email) {
        assertEquals(Map.of("email", InquiryForm.EMAIL_INVALID), form("OTHER", "山田", email, "", "本文").errors());
    }

    @Test
    void oversizedFieldsAreRefused() {
        InquiryForm f = form("OTHER", "あ".repeat(101), "a".repeat(250) + "@x.jp", "社".repeat(201), "文".repeat(4001));
        assertEquals(Map.of("name", InquiryForm.TOO_LONG, "email", InquiryForm.TOO_LONG, "company", InquiryForm.TOO_LONG,
                "text", InquiryForm.TOO_LONG), f.errors());
        assertEquals(Map.of(), form("OTHER", "あ".repeat(100), "a@example.jp", "社".repeat(200), "文".repeat(4000)).errors());
    }

    @Test
    void controlCharactersAreRefusedLineBreaksOnlyInTheText() {
        assertEquals(Map.of("name", InquiryForm.INVALID_CHARACTERS), form("OTHER", "山田\n太郎", "a@example.jp", "", "本文").errors());
        assertEquals(Map.of("text", InquiryForm.INVALID_CHARACTERS), form("OTHER", "山田", "a@example.jp", "", "本文\u0000").errors());
        assertEquals(Map.of("company", InquiryForm.INVALID_CHARACTERS),
                form("OTHER", "山田", "a@example.jp", "\u202Eevil", "本文").errors());
        assertEquals(Map.of(), form("OTHER", "山田", "a@example.jp", "", "一行目\r\n二行目\tタブ").errors());
    }

    @Test
    void aScriptIsJustText() {
        InquiryForm f = form("OTHER", "<script>alert(1)</script>", "a@example.jp", "<b>社</b>", "<img src=x onerror=alert(1)>");
        assertEquals(Map.of(), f.errors(), "markup is text: kept as typed, escaped wherever it is written");
        assertEquals("<script>alert(1)</script>", f.name());
    }

    @Test
    void theRateLimitCountsAnAddressWhateverItsCase() {
        assertEquals(form("OTHER", "a", "Taro@Example.JP", "", "b").addressKey(), form("OTHER", "a", "taro@example.jp", "", "b").addressKey());
    }

    @Test
    void referenceNumbersAreDatedRandomAndUnambiguous() {
        String r = InquiryReference.next(java.time.LocalDate.of(2026, 12, 6));
        assertTrue(r.matches("Q-20261206-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}"), r);
        assertTrue(!r.equals(InquiryReference.next(java.time.LocalDate.of(2026, 12, 6))));
    }

    @Test
    void settingsRefuseAnUnusableOperatorAddressOrLimit() {
        assertEquals(java.util.Optional.empty(), InquirySettings.of(" ", 5).operatorEmail());
        assertEquals(java.util.Optional.of("ops@example.jp"), InquirySettings.of(" ops@example.jp ", 5).operatorEmail());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> InquirySettings.of("not-an-address", 5));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> InquirySettings.of(null, 0));
    }
}
