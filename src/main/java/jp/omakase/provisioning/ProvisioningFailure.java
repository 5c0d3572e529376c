package jp.omakase.provisioning;

/** A provisioning failure the server knows: its code is what the order's {@code failureReason} and events carry. */
final class ProvisioningFailure extends RuntimeException {

    static final String SERVICE_REALM_MISSING = "service_realm_missing";
    static final String CONTRACTOR_MISSING = "contractor_missing";
    static final String ADMIN_PROFILE_INVALID = "admin_profile_invalid";
    static final String ADMIN_MISSING = "admin_missing";
    static final String FRONTEND_URL_MISSING = "frontend_url_missing";

    private final String code;
    private final boolean permanent;

    ProvisioningFailure(String code) {
        this(code, false);
    }

    /** {@code permanent}: trying again cannot help (the order's data is refused): the order is FAILED at once. */
    ProvisioningFailure(String code, boolean permanent) {
        super(code, null, false, false);
        this.code = code;
        this.permanent = permanent;
    }

    String code() {
        return code;
    }

    boolean permanent() {
        return permanent;
    }
}
