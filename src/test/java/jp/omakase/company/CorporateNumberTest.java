package jp.omakase.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"7000012050002", "4040001006757", "1000011000005", "4010801014350"})
    void publishedNumbersAreValid(String number) {
        assertTrue(CorporateNumber.isValid(number));
    }

    @ParameterizedTest
    @CsvSource({"000012050002, 7", "040001006757, 4", "000011000005, 1"})
    void checkDigitOfTheBaseNumber(String base, int check) {
        assertEquals(check, CorporateNumber.checkDigit(base));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8000012050002", "700001205000", "70000120500021", "700001205000A", "７000012050002", "", " 7000012050002"})
    void wrongCheckDigitLengthOrCharactersAreInvalid(String number) {
        assertFalse(CorporateNumber.isValid(number));
    }
}
