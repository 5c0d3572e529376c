package jp.omakase.profile;

import java.util.List;

/**
 * The Business ID's user-profile attribute names (realm {@code bizid}'s user profile in {@code realm-export.json}):
 * the one place they are spelled. Sign-up writes them, the store reads them to prefill the contractor form and records
 * its member terms in them, provisioning reads the corporate number.
 */
public final class ProfileAttributes {

    /** 姓 (Keycloak's own attribute). */
    public static final String LAST_NAME = "lastName";
    /** 名 (Keycloak's own attribute). */
    public static final String FIRST_NAME = "firstName";
    /** セイ. */
    public static final String LAST_NAME_KANA = "lastNameKana";
    /** メイ. */
    public static final String FIRST_NAME_KANA = "firstNameKana";
    /** 部署名. */
    public static final String DEPARTMENT = "department";
    /** 電話番号. */
    public static final String PHONE = "phone";

    /** 会社名 (step 03). */
    public static final String COMPANY_NAME = "companyName";
    /** 会社名 (フリガナ) (step 03). */
    public static final String COMPANY_KANA = "companyKana";
    /** 法人番号, when the company came from the directory (step 03). */
    public static final String CORPORATE_NUMBER = "corporateNumber";
    /** "true" when the company came from the directory, "false" when typed by hand. */
    public static final String COMPANY_VERIFIED = "companyVerified";

    /** Version of the Business ID terms accepted at step 02, and when. */
    public static final String TERMS_VERSION = "termsVersion";
    public static final String TERMS_ACCEPTED_AT = "termsAcceptedAt";
    /** Version of the privacy notice accepted at step 04, and when. */
    public static final String PRIVACY_VERSION = "privacyVersion";
    public static final String PRIVACY_ACCEPTED_AT = "privacyAcceptedAt";

    /** Version of the store member terms accepted (store required action), and when. */
    public static final String STORE_TERMS_VERSION = "storeTermsVersion";
    public static final String STORE_TERMS_ACCEPTED_AT = "storeTermsAcceptedAt";
    /** Version of the store's privacy notice accepted with the store member terms, and when. */
    public static final String STORE_PRIVACY_VERSION = "storePrivacyVersion";
    public static final String STORE_PRIVACY_ACCEPTED_AT = "storePrivacyAcceptedAt";

    /** The person's attributes the sign-up's step 04 asks for, in form order. */
    public static final List<String> PERSON = List.of(LAST_NAME, FIRST_NAME, LAST_NAME_KANA, FIRST_NAME_KANA, DEPARTMENT, PHONE);

    private ProfileAttributes() {
    }
}
