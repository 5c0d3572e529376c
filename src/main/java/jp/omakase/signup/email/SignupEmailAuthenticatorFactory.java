package jp.omakase.signup.email;

import java.time.Clock;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jp.omakase.support.AfterCommitMailer;
import jp.omakase.support.ContactUrls;
import jp.omakase.signup.SignupStep;
import jp.omakase.signup.SignupStepAuthenticatorFactory;
import jp.omakase.support.RateLimiter;

/**
 * {@code omakase-signup-email}. Per execution (admin console): the link lifespan in seconds (default 1800 = the seed's
 * 30 minutes). Server options (SPI {@code authenticator}): {@code --spi-authenticator--omakase-signup-email--mails-per-address-per-hour}
 * (default 5) and {@code …--mails-per-client-per-hour} (per client IP address, default 20); {@code …--inquiry-url} (the
 * Business ID's inquiry page, in the step 01 mails) and {@code …--faq-url} (「よくあるご質問」 on the page after step 01),
 * both optional, checked at start ({@link ContactUrls}).
 */
public class SignupEmailAuthenticatorFactory extends SignupStepAuthenticatorFactory {

    public static final String PROVIDER_ID = "omakase-signup-email";
    public static final String LINK_LIFESPAN = "linkLifespanSeconds";
    public static final int DEFAULT_LINK_LIFESPAN = 1800;
    private static final long HOUR = 3_600_000L;

    private RateLimiter perAddress;
    private RateLimiter perClient;
    private AfterCommitMailer mailer;
    private SignupContacts contacts;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public SignupStep step() {
        return SignupStep.EMAIL;
    }

    @Override
    public String getDisplayType() {
        return "Omakase sign-up 01: e-mail address";
    }

    @Override
    public String getHelpText() {
        return "Asks for the e-mail address and mails a signed, single-use sign-up link (or, for an address that"
                + " already has an account, a mail saying so). Same page for every address.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(LINK_LIFESPAN).label("Link lifespan (seconds)").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(String.valueOf(DEFAULT_LINK_LIFESPAN))
                .helpText("How long the mailed sign-up link stays valid. The seed asks for 30 minutes (1800).").add()
                .build();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new SignupEmailAuthenticator(perAddress, perClient, mailer, contacts);
    }

    @Override
    public void init(Config.Scope config) {
        int addressLimit = config.getInt("mails-per-address-per-hour", 5);
        int clientLimit = config.getInt("mails-per-client-per-hour", 20);
        if (addressLimit < 1 || clientLimit < 1) {
            throw new IllegalArgumentException(PROVIDER_ID + ": mails-per-address-per-hour and mails-per-client-per-hour must be >= 1");
        }
        perAddress = new RateLimiter("signup-mail-address", addressLimit, HOUR, Clock.systemUTC());
        perClient = new RateLimiter("signup-mail-client", clientLimit, HOUR, Clock.systemUTC());
        mailer = new AfterCommitMailer("omakase-signup-link-mail");
        contacts = new SignupContacts(ContactUrls.parse(PROVIDER_ID + ": inquiry-url", config.get("inquiry-url")),
                ContactUrls.parse(PROVIDER_ID + ": faq-url", config.get("faq-url")));
    }

    @Override
    public void close() {
        if (mailer != null) {
            mailer.close();
        }
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("mails-per-address-per-hour").type("int").defaultValue(5)
                .helpText("Sign-up mails one e-mail address may receive per hour.").add()
                .property().name("mails-per-client-per-hour").type("int").defaultValue(20)
                .helpText("Sign-up mails one client IP address may trigger per hour.").add()
                .property().name("inquiry-url").type("string")
                .helpText("Business ID inquiry page (http/https), shown in the sign-up mails; unset: the line is left out.").add()
                .property().name("faq-url").type("string")
                .helpText("FAQ page (http/https), linked from the page shown after step 01; unset: the line is left out.").add()
                .build();
    }
}
