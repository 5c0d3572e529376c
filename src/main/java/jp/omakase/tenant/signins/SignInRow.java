package jp.omakase.tenant.signins;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.events.EventType;
import org.keycloak.events.jpa.EventEntity;
import org.keycloak.models.ClientModel;
import org.keycloak.models.UserModel;

import jp.omakase.support.JapanTime;
import jp.omakase.tenant.ConsoleAccess;

/**
 * One line of ログイン履歴: the time (Japan, to the second), the member's e-mail, success or failure, the application
 * (the client's name, else its client id) and the IP address.
 */
public record SignInRow(String time, String user, boolean success, String app, String ip) {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(JapanTime.ZONE);

    /** The message key of the result column. */
    public String resultKey() {
        return success ? "omakaseConsoleSignInsSuccess" : "omakaseConsoleSignInsFailure";
    }

    /** The rows of {@code events}, each user and client looked up once. */
    static List<SignInRow> of(ConsoleAccess.Granted access, List<EventEntity> events) {
        Map<String, String> users = new HashMap<>();
        Map<String, String> apps = new HashMap<>();
        return events.stream().map(e -> new SignInRow(SECOND.format(Instant.ofEpochMilli(e.getTime())),
                users.computeIfAbsent(e.getUserId(), id -> email(access, id)),
                EventType.LOGIN.name().equals(e.getType()),
                e.getClientId() == null ? "" : apps.computeIfAbsent(e.getClientId(), id -> app(access, id)),
                e.getIpAddress() == null ? "" : e.getIpAddress())).toList();
    }

    private static String email(ConsoleAccess.Granted access, String userId) {
        UserModel user = access.session().users().getUserById(access.realm(), userId);
        return user == null ? "" : (user.getEmail() == null ? user.getUsername() : user.getEmail());
    }

    private static String app(ConsoleAccess.Granted access, String clientId) {
        ClientModel client = access.realm().getClientByClientId(clientId);
        String name = client == null ? null : client.getName();
        return name == null || name.isBlank() || name.startsWith("${") ? clientId : name;
    }
}
