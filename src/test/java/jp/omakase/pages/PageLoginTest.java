package jp.omakase.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** The clean URL a page answers the return from its login with. */
class PageLoginTest {

    private static final String PAGE = "https://id.example.jp/realms/bizid/omakase/store/order/complete";

    @Test
    void theLoginsParametersGoAndThePagesOwnStay() {
        URI clean = PageLogin.cleanUrl("GET", URI.create(PAGE + "?number=S-1&state=a&session_state=b&iss=c&code=d"));
        assertEquals(URI.create(PAGE + "?number=S-1"), clean);
    }

    @Test
    void aReturnWithoutOtherParametersLandsOnThePageItself() {
        assertEquals(URI.create(PAGE), PageLogin.cleanUrl("GET", URI.create(PAGE + "?state=a&code=d")));
    }

    @Test
    void onlyAGetWithCodeAndStateIsAReturnFromTheLogin() {
        assertNull(PageLogin.cleanUrl("POST", URI.create(PAGE + "?state=a&code=d")));
        assertNull(PageLogin.cleanUrl("GET", URI.create(PAGE + "?code=d")));
        assertNull(PageLogin.cleanUrl("GET", URI.create(PAGE + "?error=access_denied&state=a")));
        assertNull(PageLogin.cleanUrl("GET", URI.create(PAGE)));
        assertNull(PageLogin.cleanUrl("GET", URI.create(PAGE + "?number=S-1")));
    }
}
