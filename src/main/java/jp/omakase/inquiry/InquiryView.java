package jp.omakase.inquiry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.omakase.pages.PageRequest;

/**
 * View bean {@code omakaseInquiry} of the inquiry form and its answer (public page and tenant console): the form's
 * action and token, the categories, the values as typed, the errors next to their fields and summed up, the
 * "too many" line, and after sending the reference number, the category and, for a lock, how the tenant administrator
 * releases it. Values are written by the templates with FreeMarker's HTML escaping, never as markup.
 */
public final class InquiryView {

    /** One choice of the category list. */
    public record Choice(String value, String labelKey, boolean selected) {
    }

    /** One error of the summary: the field and the message key. */
    public record Problem(String field, String labelKey, String key) {
    }

    private final String action;
    private final String csrf;
    private final InquiryForm form;
    private final Map<String, String> errors;
    private final String formError;
    private final Inquiries.Outcome outcome;

    InquiryView(String action, String csrf, InquiryForm form, Map<String, String> errors, String formError, Inquiries.Outcome outcome) {
        this.action = action;
        this.csrf = csrf;
        this.form = form;
        this.errors = errors;
        this.formError = formError;
        this.outcome = outcome;
    }

    public String getAction() {
        return action;
    }

    public String getCsrf() {
        return csrf;
    }

    public String getCsrfField() {
        return PageRequest.CSRF_FIELD;
    }

    public List<Choice> getCategories() {
        return Arrays.stream(InquiryCategory.values())
                .map(c -> new Choice(c.name(), c.labelKey(), c.name().equals(form.category()))).toList();
    }

    /** The values as typed (empty strings for absent ones). */
    public Map<String, String> getValues() {
        return Map.of(InquiryForm.CATEGORY, form.category(), InquiryForm.NAME, form.name(), InquiryForm.EMAIL, form.email(),
                InquiryForm.COMPANY, form.company(), InquiryForm.TEXT, form.text());
    }

    /** Field → message key of its error. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public List<Problem> getProblems() {
        return errors.entrySet().stream().map(e -> new Problem(e.getKey(), fieldKey(e.getKey()), e.getValue())).toList();
    }

    /** An error of the whole form (too many inquiries, an expired form), as a message key, or null. */
    public String getFormError() {
        return formError;
    }

    /** The field names in the form's order. */
    public List<String> getFields() {
        return InquiryForm.FIELDS;
    }

    public String fieldKey(String field) {
        return "omakaseInquiryField_" + field;
    }

    public int max(String field) {
        return InquiryForm.max(field);
    }

    /** The reference number after sending, else null. */
    public String getReference() {
        return outcome == null ? null : outcome.reference();
    }

    public String getCategoryKey() {
        return outcome == null || outcome.category() == null ? null : outcome.category().labelKey();
    }

    /** After sending a lock-related inquiry: how the tenant administrator releases a lock. */
    public boolean isLockHelp() {
        return outcome != null && outcome.category() != null && outcome.category().lockRelated();
    }
}
