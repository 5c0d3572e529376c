package jp.omakase.inquiry;

import java.util.List;
import java.util.Optional;

import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.utils.EmailValidationUtil;

/**
 * The inquiries' options, read once at start from the page layer's provider ({@code --spi-realm-restapi-extension--omakase--…}).
 *
 * @param operatorEmail     where every inquiry is mailed ({@code inquiry-operator-email}); empty: inquiries are stored and
 *                          the sender gets the receipt, but no operator mail is sent (a WARN at start says so)
 * @param perAddressPerHour inquiries one e-mail address may send per hour ({@code inquiries-per-address-per-hour})
 */
public record InquirySettings(Optional<String> operatorEmail, int perAddressPerHour) {

    public static final String OPERATOR_EMAIL = "inquiry-operator-email";
    public static final String PER_ADDRESS = "inquiries-per-address-per-hour";
    public static final int DEFAULT_PER_ADDRESS = 5;

    public static InquirySettings read(Config.Scope config) {
        String operator = config == null ? null : config.get(OPERATOR_EMAIL);
        int perAddress = config == null ? DEFAULT_PER_ADDRESS : config.getInt(PER_ADDRESS, DEFAULT_PER_ADDRESS);
        return of(operator, perAddress);
    }

    /** Checks the values; an unusable one stops the start with a message naming the option. */
    public static InquirySettings of(String operator, int perAddress) {
        Optional<String> address = operator == null || operator.isBlank() ? Optional.empty() : Optional.of(operator.strip());
        if (address.isPresent() && !EmailValidationUtil.isValidEmail(address.get())) {
            throw new IllegalArgumentException("omakase: " + OPERATOR_EMAIL + " must be an e-mail address");
        }
        if (perAddress < 1) {
            throw new IllegalArgumentException("omakase: " + PER_ADDRESS + " must be >= 1");
        }
        return new InquirySettings(address, perAddress);
    }

    /** The options, for the provider's {@code getConfigMetadata()}. */
    public static List<ProviderConfigProperty> metadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(OPERATOR_EMAIL).type("string")
                .helpText("The operator's address: every inquiry (問い合わせ) is mailed there. Unset: inquiries are only stored.").add()
                .property().name(PER_ADDRESS).type("int").defaultValue(DEFAULT_PER_ADDRESS)
                .helpText("Inquiries one e-mail address may send per hour.").add()
                .build();
    }
}
