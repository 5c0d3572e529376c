package jp.omakase.tenant.users;

import java.util.List;
import java.util.Map;

import jp.omakase.tenant.groups.GroupChoices;

/**
 * View bean {@code omakaseUserForm} of ユーザーの追加 and ユーザー情報の変更: the values as typed, the message key of each
 * field's problem (shown next to the field and summed up at the top), the field that failed as a whole (the e-mail
 * address already used, the last administrator), where the form posts and where 戻る goes; on ユーザーの追加 the tenant's
 * groups as checkboxes (the posted ones ticked again when the form comes back with errors).
 */
public final class UserFormView {

    /** One field of the form: name (the input's id and name), label key, value, required, problem key or null. */
    public record Field(String name, String labelKey, String value, boolean required, String error, String type) {
    }

    /** One group checkbox: id, path (営業部 / 東京課), ticked. */
    public record GroupBox(String id, String path, boolean checked) {
    }

    private final UserForm form;
    private final Map<String, String> errors;
    private final String action;
    private final String back;
    private final boolean edit;
    private final List<GroupChoices.Choice> groups;

    /** {@code groups}: the tenant's groups offered on the form (empty on ユーザー情報の変更, whose groups are on the user page). */
    UserFormView(UserForm form, Map<String, String> errors, String action, String back, boolean edit, List<GroupChoices.Choice> groups) {
        this.form = form;
        this.groups = groups;
        this.errors = errors;
        this.action = action;
        this.back = back;
        this.edit = edit;
    }

    public List<Field> getFields() {
        List<String> values = List.of(form.lastName(), form.firstName(), form.lastNameKana(), form.firstNameKana(), form.email(),
                form.department(), form.phone());
        return java.util.stream.IntStream.range(0, UserForm.FIELDS.size()).mapToObj(i -> {
            String name = UserForm.FIELDS.get(i);
            return new Field(name, "omakaseConsoleField" + Character.toUpperCase(name.charAt(0)) + name.substring(1), values.get(i),
                    i < 5, errors.get(name), UserForm.EMAIL_FIELD.equals(name) ? "email" : "phone".equals(name) ? "tel" : "text");
        }).toList();
    }

    /** The problems in form order: field label key and problem key (the summary at the top). */
    public List<Field> getProblems() {
        return getFields().stream().filter(f -> f.error() != null).toList();
    }

    /** A problem of the whole form (e-mail already used, last administrator), or null. */
    public String getFormError() {
        return errors.get("");
    }

    public List<GroupBox> getGroups() {
        return groups.stream().map(c -> new GroupBox(c.id(), c.path(), form.groups().contains(c.id()))).toList();
    }

    public String getGroupField() {
        return UserForm.GROUP_FIELD;
    }

    public boolean isAdmin() {
        return form.admin();
    }

    public String getAdminField() {
        return UserForm.ADMIN_FIELD;
    }

    public String getAction() {
        return action;
    }

    public String getBack() {
        return back;
    }

    public boolean isEdit() {
        return edit;
    }
}
