package jp.omakase.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;

/** The contract's and the order's transitions (the state machines' rules), and who may touch their rows. */
class ContractTest {

    private static Contract pending() {
        ContractEntity e = new ContractEntity();
        e.setId("c1");
        e.setState(ContractState.PENDING);
        return new Contract(e);
    }

    @Test
    void firstActivationQueuesTheStartMailOnlyOnce() {
        Contract c = pending();
        c.activate("org", "admin", "株式会社テスト", "a@example.jp", 1_000);
        assertEquals(ContractState.ACTIVE, c.state());
        assertEquals(NoticeState.PENDING, c.noticeState());
        assertEquals(NoticeKind.START, c.noticeKind());
        assertTrue(c.reissuable());
        c.activate("org", "admin", "株式会社テスト", "a@example.jp", 2_000);
        assertEquals(NoticeKind.START, c.noticeKind(), "a second activation queues nothing new");
    }

    @Test
    void terminationMovesActiveToRequestedToTerminatedToPurgedAndCancelOnlyBeforeTheEnd() {
        Contract c = pending();
        assertFalse(c.requestTermination(5_000, 1_000), "a PENDING contract cannot be terminated");
        c.activate("org", "admin", "t", "a@example.jp", 1_000);
        assertEquals(Long.valueOf(1_000), c.activatedAt());
        assertTrue(c.requestTermination(5_000, 2_000));
        assertEquals(ContractState.TERMINATION_REQUESTED, c.state());
        assertFalse(c.requestTermination(6_000, 2_000), "a second request changes nothing");
        assertFalse(c.cancelTermination(5_000), "no cancel at or after the end");
        assertTrue(c.cancelTermination(4_999));
        assertEquals(ContractState.ACTIVE, c.state());
        assertNull(c.endAt());
        assertTrue(c.endNow(7_000), "the operator ends it now");
        assertEquals(Long.valueOf(7_000), c.endAt());
        c.terminated(7_000, 9_000);
        assertEquals(ContractState.TERMINATED, c.state());
        assertFalse(c.cancelTermination(7_500));
        assertFalse(c.endNow(7_500));
        c.purged(9_000);
        assertEquals(ContractState.PURGED, c.state());
        assertNull(c.adminEmail(), "the tenant administrator's address is personal data of the tenant");
        assertNull(c.adminUserId());
        assertEquals("t", c.tenantName(), "the record keeps the tenant's name");
    }

    @Test
    void aNamedAdministratorReplacesTheCurrentOneOnlyWhenTheHandoverIsDone() {
        Contract c = pending();
        c.activate("org", "old", "t", "old@example.jp", 1_000);
        c.nameAdministrator("new", "new@example.jp", 2_000);
        assertEquals("old", c.adminUserId());
        assertEquals("new", c.pendingAdminUserId());
        c.administratorChanged(3_000);
        assertEquals("new", c.adminUserId());
        assertEquals("new@example.jp", c.adminEmail());
        assertNull(c.pendingAdminUserId());
    }

    @Test
    void reissueWhileTheStartMailIsPendingKeepsTheStartMail() {
        Contract c = pending();
        c.activate("org", "admin", "t", "a@example.jp", 1_000);
        c.linkIssued("key", 99L);
        assertFalse(c.reissueWaits(1_000));
        c.queueReissue(2_000);
        assertEquals(NoticeKind.START, c.noticeKind());
        assertNull(c.adminLinkKey(), "the old link is forgotten");
    }

    @Test
    void aPendingOrJustSentReissueWaits() {
        ContractEntity e = new ContractEntity();
        e.setState(ContractState.ACTIVE);
        e.setNoticeState(NoticeState.SENT);
        e.setNoticeKind(NoticeKind.START);
        Contract c = new Contract(e);
        c.queueReissue(10_000);
        assertEquals(NoticeKind.REISSUE, c.noticeKind());
        assertTrue(c.reissueWaits(10_001), "a reissued mail is pending");
        e.setNoticeState(NoticeState.SENT);
        e.setNoticeSentAt(20_000L);
        assertTrue(c.reissueWaits(20_000 + Contract.REISSUE_PAUSE_MILLIS - 1));
        assertFalse(c.reissueWaits(20_000 + Contract.REISSUE_PAUSE_MILLIS));
    }

    @Test
    void confirmationSpendsTheLink() {
        Contract c = pending();
        c.awaitConfirmation();
        c.linkIssued("key", 99L);
        assertTrue(c.awaitingConfirmation());
        c.confirmed(5);
        assertEquals(AdminConfirmationState.CONFIRMED, c.adminConfirmation());
        assertNull(c.adminLinkKey());
    }

    @Test
    void onlyHeldOrFailedOrdersRestart() {
        for (OrderState from : OrderState.values()) {
            OrderEntity e = new OrderEntity();
            e.setState(from);
            e.setRetryCount(4);
            new Order(e).restart(7);
            boolean restarts = from == OrderState.HELD || from == OrderState.FAILED;
            assertEquals(restarts ? OrderState.ORDERED : from, e.getState(), from.name());
            assertEquals(restarts ? 0 : 4, e.getRetryCount());
        }
    }

    @Test
    void mailDueNowOnlyForAPendingMail() {
        Contract c = pending();
        assertFalse(c.mailDueNow(5));
        c.activate("org", "admin", "t", "a@example.jp", 10);
        assertTrue(c.mailDueNow(5));
    }

    /** The done-when rule of issue 13: only the order package imports its JPA entities. */
    @Test
    void onlyTheOrderPackageImportsOrderJpa() throws IOException {
        Path main = Path.of("src/main/java");
        Path order = main.resolve("jp/omakase/order");
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(order))
                    .filter(p -> read(p).contains("order.jpa")).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
