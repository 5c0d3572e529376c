package jp.omakase.tenant.security.mfa;

import java.util.List;
import java.util.Map;

import jp.omakase.mfa.MfaMethod;
import jp.omakase.mfa.MfaPolicy;
import jp.omakase.tenant.groups.GroupChoices;

/**
 * View bean {@code omakaseMfa} of 多要素認証: the four policies, the tenant's groups and the three methods, each with
 * whether it is chosen, the form's errors and where it posts.
 */
public record MfaSettingsView(List<Option> policies, List<Option> groups, List<Option> methods, Map<String, String> errors,
                              String action) {

    /** One radio button or check box: value, label key (groups: the path itself), chosen. */
    public record Option(String value, String label, boolean checked) {
    }

    static MfaSettingsView of(MfaForm form, List<GroupChoices.Choice> groups, Map<String, String> errors, String action) {
        List<Option> policies = List.of(MfaPolicy.Mode.values()).stream()
                .map(m -> new Option(m.value(), "omakaseConsoleMfaPolicy" + label(m.value()), m.value().equals(form.policy()))).toList();
        List<Option> groupOptions = groups.stream().map(c -> new Option(c.id(), c.path(), form.groups().contains(c.id()))).toList();
        List<Option> methods = List.of(MfaMethod.values()).stream()
                .map(m -> new Option(m.value(), "omakaseConsoleMfaMethod" + label(m.value()), form.methods().contains(m.value()))).toList();
        return new MfaSettingsView(policies, groupOptions, methods, errors, action);
    }

    private static String label(String value) {
        return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }

    public List<String> errorKeys() {
        return List.copyOf(errors.values());
    }

    public String policyError() {
        return errors.get(MfaForm.POLICY);
    }

    public String groupsError() {
        return errors.get(MfaForm.GROUPS);
    }

    public String methodsError() {
        return errors.get(MfaForm.METHODS);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
