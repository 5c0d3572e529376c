package jp.omakase.signup;

/** The six steps of the Business ID sign-up, in the order the registration flow runs them. */
public enum SignupStep {
    EMAIL("omakaseSignupStepEmail"),
    TERMS("omakaseSignupStepTerms"),
    COMPANY("omakaseSignupStepCompany"),
    PROFILE("omakaseSignupStepProfile"),
    CONFIRM("omakaseSignupStepConfirm"),
    COMPLETE("omakaseSignupStepComplete");

    private final String labelKey;

    SignupStep(String labelKey) {
        this.labelKey = labelKey;
    }

    /** 1..6, as the progress bar shows it ("01"). */
    public int number() {
        return ordinal() + 1;
    }

    public String labelKey() {
        return labelKey;
    }
}
