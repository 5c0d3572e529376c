package jp.omakase.order;

import java.time.Instant;

/**
 * An order as the API and the pages show it. {@code store}: the client the order belongs to; {@code failureReason}: a
 * code of provisioning ({@code service_realm_missing}, {@code contractor_missing}, {@code admin_profile_invalid},
 * {@code unexpected:<exception class>}), never a message.
 */
public record OrderView(String id, String store, String orderNumber, String subject, String productCode, int quantity, long initialFee,
                        long monthlyFee, int taxRate, long tax, long total, String state, String failureReason,
                        int retryCount, String channel, Contractor contractor, String createdAt, String updatedAt,
                        String contractId, String contractState, String organizationId, String tenantName,
                        String noticeState, int noticeAttempts) {

    static OrderView of(Order order, Contract contract) {
        var e = order.entity();
        return new OrderView(e.getId(), e.getStoreClient(), e.getOrderNumber(), e.getUserId(), e.getProductCode(), e.getQuantity(),
                e.getInitialFee(), e.getMonthlyFee(), e.getTaxRate(), e.getTax(), e.getTotal(), name(e.getState()),
                e.getFailureReason(), e.getRetryCount(), e.getChannel(), order.contractor(),
                Instant.ofEpochMilli(e.getCreatedAt()).toString(), Instant.ofEpochMilli(e.getUpdatedAt()).toString(),
                contract == null ? null : contract.id(), contract == null ? null : name(contract.state()),
                contract == null ? null : contract.organizationId(), contract == null ? null : contract.tenantName(),
                contract == null ? null : name(contract.noticeState()), contract == null ? 0 : contract.noticeAttempts());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
