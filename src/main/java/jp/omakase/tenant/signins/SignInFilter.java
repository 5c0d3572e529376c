package jp.omakase.tenant.signins;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.keycloak.models.UserModel;

import jp.omakase.support.JapanTime;
import jp.omakase.tenant.ConsoleAccess;

/**
 * The filter of ログイン履歴 as typed: a member's e-mail and a date range (days in Japan time, both ends included, as
 * an HTML date field sends them: {@code 2026-12-01}). An e-mail that is not one of this tenant's members matches
 * nothing (the same empty list as a member without logins: nothing is learnt about other tenants); a date that does not
 * parse is an error and matches nothing.
 */
record SignInFilter(String email, String from, String to, String userId, Long fromMillis, Long toMillis, boolean invalid,
                    boolean nobody) {

    static SignInFilter read(ConsoleAccess.Granted access, String email, String from, String to) {
        String e = clean(email);
        String f = clean(from);
        String t = clean(to);
        Long fromMillis = null;
        Long toMillis = null;
        boolean invalid = false;
        try {
            fromMillis = f.isEmpty() ? null : LocalDate.parse(f).atStartOfDay(JapanTime.ZONE).toInstant().toEpochMilli();
            toMillis = t.isEmpty() ? null : LocalDate.parse(t).plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant().toEpochMilli();
        } catch (DateTimeParseException ex) {
            invalid = true;
        }
        String userId = null;
        boolean nobody = false;
        if (!e.isEmpty()) {
            UserModel user = access.session().users().getUserByEmail(access.realm(), e);
            UserModel member = user == null ? null : access.member(user.getId());
            userId = member == null ? null : member.getId();
            nobody = member == null;
        }
        return new SignInFilter(e, f, t, userId, fromMillis, toMillis, invalid, nobody);
    }

    /** True when no row can match (an unknown e-mail or an invalid date). */
    boolean empty() {
        return invalid || nobody;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
