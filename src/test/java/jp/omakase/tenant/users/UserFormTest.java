package jp.omakase.tenant.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class UserFormTest {

    private static MultivaluedHashMap<String, String> form(String... pairs) {
        MultivaluedHashMap<String, String> f = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.add(pairs[i], pairs[i + 1]);
        }
        return f;
    }

    private static final String[] GOOD = {"lastName", "山田", "firstName", "太郎", "lastNameKana", "ヤマダ", "firstNameKana", "タロウ",
        "email", " Taro@Example.JP ", "department", "営業部", "phone", "03-1234-5678", "admin", "true"};

    @Test
    void aCompleteFormHasNoErrorsAndTheAddressIsLowerCased() {
        UserForm f = UserForm.read(form(GOOD));
        assertEquals(Map.of(), f.errors());
        assertEquals("taro@example.jp", f.email());
        assertTrue(f.admin());
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldInFormOrder() {
        Map<String, String> errors = UserForm.read(form()).errors();
        assertEquals(List.of("lastName", "firstName", "lastNameKana", "firstNameKana", "email"), List.copyOf(errors.keySet()));
        assertTrue(errors.values().stream().allMatch("omakaseConsoleErrorRequired"::equals));
        assertFalse(UserForm.read(form()).admin());
    }

    @Test
    void kanaPhoneEmailAndCharactersAreJudgedByTheProjectRules() {
        Map<String, String> errors = UserForm.read(form("lastName", "山田\u202E", "firstName", "x".repeat(65),
                "lastNameKana", "やまだ", "firstNameKana", "タロウ", "email", "not-an-address", "phone", "12345")).errors();
        assertEquals("omakaseConsoleErrorCharacters", errors.get("lastName"));
        assertEquals("omakaseConsoleErrorTooLong", errors.get("firstName"));
        assertEquals("omakaseConsoleErrorKatakana", errors.get("lastNameKana"));
        assertEquals("omakaseConsoleErrorEmail", errors.get("email"));
        assertEquals("omakaseConsoleErrorPhone", errors.get("phone"));
        assertFalse(errors.containsKey("firstNameKana"));
    }

    @Test
    void theChosenGroupsAreReadOnceEachWithoutBlanksAndNotFromTheEditForm() {
        MultivaluedHashMap<String, String> f = form(GOOD);
        f.addAll("group", "g-1", " g-2 ", "", "g-1");
        assertEquals(List.of("g-1", "g-2"), UserForm.read(f).groups());
        assertEquals(List.of(), UserForm.read(form(GOOD)).groups());
        for (int i = 0; i < UserForm.MAX_GROUPS + 5; i++) {
            f.add("group", "x-" + i);
        }
        assertEquals(UserForm.MAX_GROUPS, UserForm.read(f).groups().size());
    }
}
