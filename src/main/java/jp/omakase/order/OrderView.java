package jp.omakase.order;

import java.io.IOException;
import java.time.Instant;

import org.keycloak.util.JsonSerialization;

import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;

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

    public static OrderView of(OrderEntity e, ContractEntity contract) {
        try {
            return new OrderView(e.getId(), e.getStoreClient(), e.getOrderNumber(), e.getUserId(), e.getProductCode(), e.getQuantity(),
                    e.getInitialFee(), e.getMonthlyFee(), e.getTaxRate(), e.getTax(), e.getTotal(), e.getState(),
                    e.getFailureReason(), e.getRetryCount(), e.getChannel(),
                    JsonSerialization.readValue(e.getContractor(), Contractor.class),
                    Instant.ofEpochMilli(e.getCreatedAt()).toString(), Instant.ofEpochMilli(e.getUpdatedAt()).toString(),
                    contract == null ? null : contract.getId(), contract == null ? null : contract.getState(),
                    contract == null ? null : contract.getOrganizationId(), contract == null ? null : contract.getTenantName(),
                    contract == null ? null : contract.getNoticeState(), contract == null ? 0 : contract.getNoticeAttempts());
        } catch (IOException ex) {
            throw new IllegalStateException("order " + e.getId() + " has an unreadable contractor", ex);
        }
    }
}
