package jp.omakase.signup;

import org.keycloak.sessions.AuthenticationSessionModel;


/** The company chosen at step 03, as steps 04 and 05 show it (read-only). */
public final class SignupCompanyView {

    private final String name;
    private final String kana;
    private final String corporateNumber;
    private final String address;
    private final boolean verified;

    private SignupCompanyView(String name, String kana, String corporateNumber, String address, boolean verified) {
        this.name = name;
        this.kana = kana;
        this.corporateNumber = corporateNumber;
        this.address = address;
        this.verified = verified;
    }

    public static SignupCompanyView of(AuthenticationSessionModel authSession) {
        return new SignupCompanyView(nonNull(authSession.getAuthNote(SignupNotes.COMPANY_NAME)),
                nonNull(authSession.getAuthNote(SignupNotes.COMPANY_KANA)),
                nonNull(authSession.getAuthNote(SignupNotes.COMPANY_NUMBER)),
                nonNull(authSession.getAuthNote(SignupNotes.COMPANY_ADDRESS)),
                "true".equals(authSession.getAuthNote(SignupNotes.COMPANY_VERIFIED)));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public String getName() {
        return name;
    }

    public String getKana() {
        return kana;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public String getAddress() {
        return address;
    }

    public boolean isVerified() {
        return verified;
    }
}
