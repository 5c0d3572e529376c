package jp.omakase.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.omakase.order.Contract;
import jp.omakase.order.ContractState;
import jp.omakase.order.Contractor;
import jp.omakase.order.Order;
import jp.omakase.support.JapanTime;

/** One contract as its details page shows it (dates in Japan time) and what its contractor may do with it now. */
public record ContractDetails(String id, String orderNumber, String state, String tenantName, String orderedAt,
                              String activatedAt, List<String> adminEmails, String pendingAdminEmail, Contractor contractor,
                              String endDate, String purgeDate, boolean changeable, boolean terminable, boolean cancellable,
                              boolean reissuable, String linkExpiresAt) {

    static ContractDetails of(Contract c, Order order, long now) {
        List<String> admins = new ArrayList<>();
        if (c.adminEmail() != null) {
            admins.add(c.adminEmail());
        }
        return new ContractDetails(c.id(), order.orderNumber(), c.state().name(), c.tenantName(),
                JapanTime.date(Instant.ofEpochMilli(order.createdAt())),
                c.activatedAt() == null ? null : JapanTime.date(Instant.ofEpochMilli(c.activatedAt())), admins,
                c.pendingAdminEmail(), c.contractor(order),
                c.endAt() == null ? null : TerminationDates.shown(c.endAt()),
                c.purgeAt() == null ? null : JapanTime.date(Instant.ofEpochMilli(c.purgeAt())),
                c.inUse(), c.state() == ContractState.ACTIVE,
                c.state() == ContractState.TERMINATION_REQUESTED && c.endAt() != null && now < c.endAt(),
                c.reissuable(), c.adminLinkExpiresAt() == null ? null : JapanTime.minute(Instant.ofEpochSecond(c.adminLinkExpiresAt())));
    }
}
