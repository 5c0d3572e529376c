package jp.omakase.signup.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.models.AuthenticatorConfigModel;

/** The link lifespan an administrator types in the admin console; anything unusable means the seed's 30 minutes. */
class SignupLinkLifespanTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(value = {"1800|1800", "60|60", "' 600 '|600", "1|1", "0|1800", "-5|1800", "abc|1800", "''|1800", "99999999999|1800"},
            delimiter = '|')
    void configuredValueOrThirtyMinutes(String configured, int expected) {
        AuthenticatorConfigModel config = new AuthenticatorConfigModel();
        config.setConfig(Map.of(SignupEmailAuthenticatorFactory.LINK_LIFESPAN, configured));
        assertEquals(expected, SignupEmailAuthenticator.linkLifespanSeconds(config));
    }

    @org.junit.jupiter.api.Test
    void noConfigMeansThirtyMinutes() {
        assertEquals(1800, SignupEmailAuthenticator.linkLifespanSeconds(null));
        assertEquals(1800, SignupEmailAuthenticator.linkLifespanSeconds(new AuthenticatorConfigModel()));
    }
}
