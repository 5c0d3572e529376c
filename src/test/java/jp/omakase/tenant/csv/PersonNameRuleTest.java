package jp.omakase.tenant.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.keycloak.userprofile.validator.PersonNameProhibitedCharactersValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidatorConfig;

/**
 * The CSV's person-name rule refuses exactly the characters Keycloak's {@code person-name-prohibited-characters}
 * refuses (besides those the text rule refuses first: bidirectional controls, C1 controls, line separators).
 */
class PersonNameRuleTest {

    @Test
    void sameCharactersAsKeycloaksValidator() {
        StringBuilder differ = new StringBuilder();
        for (char c = 0x20; c < 0x3100; c++) {
            String value = "山" + c + "田";
            boolean keycloak = PersonNameProhibitedCharactersValidator.INSTANCE
                    .validate(value, "lastName", new ValidationContext(), ValidatorConfig.EMPTY).isValid();
            String ours = UserRowValidator.problem(CsvColumn.LAST_NAME, value);
            // what Keycloak refuses we refuse; what we refuse as a name Keycloak refuses (the text rule refuses more)
            if (!keycloak && ours == null || keycloak && "omakaseCsvInvalidNameMessage".equals(ours)) {
                differ.append(String.format("U+%04X ", (int) c));
            }
        }
        assertEquals("", differ.toString());
    }
}
