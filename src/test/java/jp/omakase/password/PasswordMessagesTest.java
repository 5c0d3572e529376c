package jp.omakase.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.policy.PolicyError;

/** What a user reads, rendered the way Keycloak's login forms render a policy error (MessageFormat over the bundle). */
class PasswordMessagesTest {

    static String render(String lang, PolicyError error) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = PasswordMessagesTest.class.getResourceAsStream("/theme/omakase/login/messages/messages_" + lang + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new MessageFormat(bundle.getProperty(error.getMessage()), Locale.forLanguageTag(lang)).format(error.getParameters());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ja | Abcdefghij | パスワードには英大文字・英小文字・数字・記号のうち3種類以上を含めてください（現在2種類。含まれていない種類: 数字・記号）。
            ja | abcdefghij | パスワードには英大文字・英小文字・数字・記号のうち3種類以上を含めてください（現在1種類。含まれていない種類: 英大文字・数字・記号）。
            ja | 1234567890 | パスワードには英大文字・英小文字・数字・記号のうち3種類以上を含めてください（現在1種類。含まれていない種類: 英大文字・英小文字・記号）。
            en | Abcdefghij | The password must contain at least 3 of these kinds: uppercase letters, lowercase letters, digits, symbols (it has 2; missing: digits, symbols).
            en | !!!!!!!!!! | The password must contain at least 3 of these kinds: uppercase letters, lowercase letters, digits, symbols (it has 1; missing: uppercase letters, lowercase letters, digits).
            """)
    void characterClassRefusalListsWhatIsMissing(String lang, String password, String expected) throws IOException {
        assertEquals(expected, render(lang, CharacterClassesPasswordPolicyProvider.validate(password, 3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ja | Ａｂｃｄｅｆｇｈ１！ | パスワードは半角の英字・数字・記号で入力してください。1文字目に全角文字など使えない文字があります。
            ja | 'Abcd efgh1!'        | パスワードにスペース（半角・全角）は使えません。5文字目にスペースがあります。
            en | Abcdefgh１!         | Use only half-width letters, digits and symbols in a password. Character 9 is full-width or otherwise not allowed.
            en | Abcd　efgh1!        | Spaces (half-width or full-width) cannot be used in a password. Character 5 is a space.
            """)
    void halfWidthRefusalSaysWhereAndWhat(String lang, String password, String expected) throws IOException {
        assertEquals(expected, render(lang, HalfWidthPasswordPolicyProvider.validate(password)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ja | パスワードにタブや改行などの制御文字は使えません。5文字目に制御文字があります。
            en | Tabs, line breaks and other control characters cannot be used in a password. Character 5 is a control character.
            """)
    void controlCharacterRefusal(String lang, String expected) throws IOException {
        assertEquals(expected, render(lang, HalfWidthPasswordPolicyProvider.validate("Abcd\tefgh1!")));
    }
}
