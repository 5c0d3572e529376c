package jp.omakase.signup;

import java.util.ArrayList;
import java.util.List;

/**
 * View bean {@code omakaseSignup} of every sign-up page: the progress of the six steps and the e-mail address the
 * page is about (from step 02 on: the address proven by the mailed link; step 01: the address typed or mailed to).
 */
public final class SignupPage {

    private final SignupStep current;
    private final String email;

    public SignupPage(SignupStep current) {
        this(current, null);
    }

    public SignupPage(SignupStep current, String email) {
        this.current = current;
        this.email = email;
    }

    /** The address, "" when there is none yet. */
    public String getEmail() {
        return email == null ? "" : email;
    }

    public int getCurrent() {
        return current.number();
    }

    public List<Step> getSteps() {
        List<Step> steps = new ArrayList<>();
        for (SignupStep s : SignupStep.values()) {
            String state = s.ordinal() < current.ordinal() ? "done" : s == current ? "current" : "todo";
            steps.add(new Step(String.format("%02d", s.number()), s.labelKey(), state));
        }
        return steps;
    }

    /** One entry of the progress bar. */
    public static final class Step {
        private final String number;
        private final String labelKey;
        private final String state;

        Step(String number, String labelKey, String state) {
            this.number = number;
            this.labelKey = labelKey;
            this.state = state;
        }

        public String getNumber() {
            return number;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public String getState() {
            return state;
        }
    }
}
