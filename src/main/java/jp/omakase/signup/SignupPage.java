package jp.omakase.signup;

import java.util.ArrayList;
import java.util.List;

/** View bean {@code omakaseSignup} of every sign-up page: the progress of the six steps. */
public final class SignupPage {

    private final SignupStep current;

    public SignupPage(SignupStep current) {
        this.current = current;
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
