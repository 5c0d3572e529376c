package jp.omakase.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jp.omakase.support.JapanTime;

/**
 * 利用終了日: the last day of this month or of the next (Japan time), as the contractor chooses; the service ends when
 * that day ends, at 0:00 Japan time of the day after.
 */
public final class TerminationDates {

    /** The choices of the termination page: 0 = end of this month, 1 = end of next month. */
    public static final int THIS_MONTH = 0;
    public static final int NEXT_MONTH = 1;

    private TerminationDates() {
    }

    /** The last day of the month {@code monthsAhead} after the month of {@code now} (Japan time). */
    public static LocalDate lastDay(Instant now, int monthsAhead) {
        return YearMonth.from(now.atZone(JapanTime.ZONE)).plusMonths(monthsAhead).atEndOfMonth();
    }

    /** The instant the service ends after {@code lastDay}: 0:00 Japan time of the day after. */
    public static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant();
    }

    /** The day shown as 利用終了日 for a service ending at {@code endAt} (the day before, Japan time). */
    public static String shown(long endAt) {
        return JapanTime.date(Instant.ofEpochMilli(endAt - 1));
    }
}
