package jp.omakase.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the pages and mails show them: Japan time, {@code 2026/11/29} and {@code 2026/11/29 18:30}. */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZONE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZONE);

    private JapanTime() {
    }

    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    public static String minute(Instant instant) {
        return MINUTE.format(instant);
    }
}
