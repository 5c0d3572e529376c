package jp.omakase.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseFormatsTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ヤマダ           | true
            ヤマダ　タロウ   | true
            スズキ・ジョーンズ | true
            ヴァイオリン     | true
            ヶ               | true
            やまだ           | false
            ﾔﾏﾀﾞ             | false
            山田             | false
            Yamada           | false
            ヤマダ1          | false
            '　ヤマダ'       | false
            ヤマダ<script>   | false
            """)
    void katakana(String value, boolean valid) {
        assertEquals(valid, JapaneseFormats.isKatakana(value));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
            "03-1234-5678, true", "0312345678, true", "090-1234-5678, true", "09012345678, true", "0120-123-456, true",
            "011-123-4567, true", "03-1234-567, false", "090-1234-56789, false", "3-1234-5678, false", "+81-3-1234-5678, false",
            "０３-１２３４-５６７８, false", "03 1234 5678, false", "03--1234-5678, false", "090-1234-5678-, false", "abc, false"})
    void phoneNumber(String value, boolean valid) {
        assertEquals(valid, JapaneseFormats.isPhoneNumber(value));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"100-0001, true", "1000001, true", "100-001, false", "10000011, false", "１００-０００１, false",
            "100 0001, false", "〒100-0001, false", "abc-defg, false"})
    void postalCode(String value, boolean valid) {
        assertEquals(valid, JapaneseFormats.isPostalCode(value));
    }
}
