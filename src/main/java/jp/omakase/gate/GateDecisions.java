package jp.omakase.gate;

import java.util.Locale;

import org.keycloak.events.Errors;

import jp.omakase.tenant.apps.AppAccess;

/**
 * The vocabulary of the access gate's refusals: the event error ({@link #ERROR}, Keycloak's {@code not_allowed}) and
 * its detail {@link #DETAIL} holding the decision ({@code not_assigned}, {@code not_member}, {@code user_disabled},
 * {@code app_disabled}, {@code token_exchange}, {@code service_account}); never a name or an address.
 */
public final class GateDecisions {

    public static final String ERROR = Errors.NOT_ALLOWED;
    public static final String DETAIL = "omakase_access";
    /** The refusal page's one line (「このアプリの利用は許可されていません。管理者にお問い合わせください。」). */
    public static final String MESSAGE = "omakaseGateRefusedMessage";
    /** The OAuth error of a refused token request (RFC 6749 5.2). */
    public static final String OAUTH_ERROR = "invalid_grant";
    public static final String OAUTH_DESCRIPTION = "Access to this application is not allowed";

    private GateDecisions() {
    }

    public static String value(AppAccess.Decision decision) {
        return decision.name().toLowerCase(Locale.ROOT);
    }
}
