package jp.omakase.store;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.models.UserModel;

import jp.omakase.order.Contractor;
import jp.omakase.profile.ProfileAttributes;

/**
 * The store's お客様情報の入力 form and the {@link Contractor} it makes: the form's field names are the record's
 * component names (the template {@code omakase-store-order.ftl} uses the same).
 */
public final class ContractorForm {

    /** Longest value taken from a posted field (the contractor's own rules are tighter; this only bounds the work). */
    private static final int MAX_VALUE = 1000;
    /** Most values taken from a posted multi-value field (contact days, contact hours). */
    private static final int MAX_VALUES = 10;

    private ContractorForm() {
    }

    /** The contractor a posted form describes, as typed (validation and normalisation are the record's). */
    public static Contractor read(MultivaluedMap<String, String> form) {
        return Contractor.builder().companyName(v(form, "companyName")).companyKana(v(form, "companyKana"))
                .department(v(form, "department")).name(v(form, "name")).nameKana(v(form, "nameKana"))
                .email(v(form, "email")).postalCode(v(form, "postalCode")).address1(v(form, "address1"))
                .address2(v(form, "address2")).phone(v(form, "phone")).contactPhone(v(form, "contactPhone"))
                .contactDays(list(form, "contactDays")).contactHours(list(form, "contactHours")).build();
    }

    /** The first form a Business ID sees: what its user profile already knows (company, person, e-mail, phone). */
    static Contractor prefill(UserModel user) {
        return Contractor.builder().companyName(user.getFirstAttribute(ProfileAttributes.COMPANY_NAME))
                .companyKana(user.getFirstAttribute(ProfileAttributes.COMPANY_KANA))
                .department(user.getFirstAttribute(ProfileAttributes.DEPARTMENT))
                .name(join(user.getLastName(), user.getFirstName()))
                .nameKana(join(user.getFirstAttribute(ProfileAttributes.LAST_NAME_KANA),
                        user.getFirstAttribute(ProfileAttributes.FIRST_NAME_KANA)))
                .email(user.getEmail()).phone(user.getFirstAttribute(ProfileAttributes.PHONE)).build();
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static String v(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? null : value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }

    private static List<String> list(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().limit(MAX_VALUES).toList();
    }
}
