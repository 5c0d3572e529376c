package jp.omakase.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.omakase.testing.Browser;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.KeycloakServer;
import jp.omakase.testing.Mails;
import jp.omakase.testing.TestEnvironment;

/**
 * A server restart between each step of a termination (requested → TERMINATED → PURGED), the database read while the
 * server is stopped: each step is found where the previous start left it, none is done twice (no second mail), and
 * the purge leaves no user, client or Organization of the tenant while the contract row stays. Run it on PostgreSQL
 * with {@code -Domakase.it.db=postgres}.
 */
@KeycloakIT
class ContractLifecycleRestartIT {

    @Test
    void restartsBetweenTheTerminationStepsNeitherRepeatNorLoseAStep(TestEnvironment env, Browser browser) throws Exception {
        boolean restored = false;
        try {
            Contracts.Tenant t = Contracts.tenant(env, null, "restart-life");
            String clientId = "app-" + t.contractId().substring(0, 8);
            assertEquals(201, env.admin().send("POST", "/realms/omakase/clients", Map.of("clientId", clientId, "enabled", true,
                    "attributes", Map.of("omakase.tenant", t.contractId()))).status());
            Contracts.openPortal(env, browser, t);
            browser.click(By.id("omakase-terminate"));
            browser.click(By.id("omakase-terminate-apply"));
            Mails.awaitMailTo(env.mail(), t.email(), Contracts.REQUESTED_SUBJECT, Duration.ofSeconds(30));

            env.restart(List.of(), db -> assertEquals("TERMINATION_REQUESTED", state(db, t.contractId())));
            JsonNode requested = Contracts.record(env, t.contractId());
            Instant end = Instant.ofEpochMilli(requested.path("endAt").asLong());
            assertEquals("terminated", Contracts.runLifecycle(env, end.plusSeconds(1)).path(t.contractId()).asText());
            Mails.awaitMailsTo(env.mail(), t.email(), Contracts.ENDED_SUBJECT, 2, Duration.ofSeconds(30));

            env.restart(List.of(), db -> {
                assertEquals("TERMINATED", state(db, t.contractId()));
                assertFalse(bool(db, "SELECT ENABLED FROM ORG WHERE ID = ?", t.contractId()), "organization disabled");
            });
            assertTrue(Contracts.runLifecycle(env, end.plusSeconds(2)).path(t.contractId()).isMissingNode(), "nothing to do again");
            Instant purgeAt = Instant.ofEpochMilli(Contracts.record(env, t.contractId()).path("purgeAt").asLong());
            assertEquals("purged", Contracts.runLifecycle(env, purgeAt.plusSeconds(1)).path(t.contractId()).asText());
            Mails.awaitMailTo(env.mail(), t.email(), Contracts.PURGED_SUBJECT, Duration.ofSeconds(30));

            env.restart(List.of(), db -> {
                assertEquals("PURGED", state(db, t.contractId()));
                assertEquals(0, count(db, "SELECT COUNT(*) FROM OMK_CONTRACT WHERE ID = ? AND ADMIN_EMAIL IS NOT NULL", t.contractId()));
                assertEquals(0, count(db, "SELECT COUNT(*) FROM ORG WHERE ID = ?", t.contractId()));
                assertEquals(0, count(db, "SELECT COUNT(*) FROM USER_ENTITY WHERE ID = ?", t.adminId()));
                assertEquals(0, count(db, "SELECT COUNT(*) FROM CLIENT WHERE CLIENT_ID = ?", clientId));
                assertEquals(1, count(db, "SELECT COUNT(*) FROM OMK_ORDER WHERE ID = ?", t.contractor().orderId()));
            });
            restored = true;
            assertTrue(Contracts.runLifecycle(env, purgeAt.plusSeconds(2)).path(t.contractId()).isMissingNode());
            KeycloakServer.sleep(Duration.ofSeconds(3));
            assertEquals(2, Contracts.mails(env, t.email(), Contracts.ENDED_SUBJECT).size(), "no mail twice across restarts");
            assertEquals(1, Contracts.mails(env, t.email(), Contracts.PURGED_SUBJECT).size());
            assertEquals(1, Contracts.mails(env, t.email(), Contracts.REQUESTED_SUBJECT).size());
        } finally {
            if (!restored) {
                env.restart(List.of());
            }
        }
    }

    private static String state(Connection db, String contractId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT STATE FROM OMK_CONTRACT WHERE ID = ?")) {
            q.setString(1, contractId);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "contract row " + contractId);
                return r.getString(1);
            }
        }
    }

    private static long count(Connection db, String sql, String value) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static boolean bool(Connection db, String sql, String value) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                return r.getBoolean(1);
            }
        }
    }
}
