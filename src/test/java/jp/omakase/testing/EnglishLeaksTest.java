package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The English-leak check used on every page of the journey: it finds Keycloak's English, and only that. */
class EnglishLeaksTest {

    private static EnglishLeaks sample() {
        Properties en = new Properties();
        en.setProperty("loginAccountTitle", "Sign in to your account");
        en.setProperty("backToApplication", "&laquo; Back to Application");
        en.setProperty("doSubmit", "Submit");
        en.setProperty("pageExpiredMsg1", "To restart the login process <a href=\"{0}\">Click here</a>.");
        en.setProperty("locale_en", "English");
        en.setProperty("doYes", "Yes");
        en.setProperty("doOk", "OK");
        en.setProperty("totp", "TOTP");
        en.setProperty("email", "Email");
        return new EnglishLeaks(en);
    }

    @Test
    void findsKeycloakEnglishOnAJapanesePage() {
        List<String> leaks = sample().find("パスワードの更新\nSign in to your account\n送信\nTo restart the login process Click here.");
        // an argument inside a tag goes with the tag: the link text belongs to the sentence
        assertEquals(List.of("\"sign in to your account\" (loginAccountTitle)",
                "\"to restart the login process click here\" (pageExpiredMsg1)"), leaks);
        assertEquals(List.of("\"submit\" (doSubmit)"), sample().find("パスワード\nSUBMIT"), "case as CSS may show it");
    }

    @Test
    void ignoresLanguageNamesAbbreviationsDataAndLongerWords() {
        String japanese = "おまかせビジネスIDでログイン\n日本語\nEnglish\nOK\nTOTP\nログインID (メールアドレス)\n"
                + "taro@example.test\nhttps://login.example.test/realms/bizid/email\nYesterday Submitted";
        assertEquals(List.of(), sample().find(japanese));
    }

    @Test
    void readsTheServersOwnEnglishBundle() {
        EnglishLeaks keycloak = EnglishLeaks.keycloak();
        assertTrue(keycloak.size() > 300, "phrases from Keycloak's login bundle: " + keycloak.size());
        List<String> leaks = keycloak.find("パスワードの更新 Update password");
        assertTrue(leaks.stream().anyMatch(l -> l.startsWith("\"update password\" (")), leaks.toString());
        assertEquals(List.of(), keycloak.find("おまかせビジネスIDでログイン ログインID (メールアドレス) パスワード 次回から自動でログインする 日本語 English"));
    }
}
