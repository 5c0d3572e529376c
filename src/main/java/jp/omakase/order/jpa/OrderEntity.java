package jp.omakase.order.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.omakase.order.OrderState;

/** One order of the store (web or API), table {@code OMK_ORDER}; amounts in whole yen. */
@Entity(name = "OmakaseOrder")
@Table(name = "OMK_ORDER")
@NamedQueries({
        @NamedQuery(name = "omakase.orderByNumber",
                query = "select o from OmakaseOrder o where o.realmId = :realmId and o.storeClient = :storeClient"
                        + " and o.orderNumber = :orderNumber"),
        @NamedQuery(name = "omakase.ordersToRedrive",
                query = "select o.id from OmakaseOrder o where (o.state = jp.omakase.order.OrderState.ORDERED and o.createdAt < :lease)"
                        + " or (o.state = jp.omakase.order.OrderState.PROVISIONING and ((o.failureReason is null and o.updatedAt < :lease)"
                        + " or (o.failureReason is not null and o.updatedAt < :retry))) order by o.createdAt"),
        @NamedQuery(name = "omakase.claimOrder",
                query = "update OmakaseOrder o set o.state = jp.omakase.order.OrderState.PROVISIONING, o.updatedAt = :now, o.retryCount = o.retryCount + 1"
                        + " where o.id = :id and (o.state = jp.omakase.order.OrderState.ORDERED or (o.state = jp.omakase.order.OrderState.PROVISIONING"
                        + " and ((o.failureReason is null and o.updatedAt < :lease) or (o.failureReason is not null and o.updatedAt < :retry))))"),
        @NamedQuery(name = "omakase.ordersByUser",
                query = "select o from OmakaseOrder o where o.realmId = :realmId and o.userId = :userId order by o.createdAt desc"),
        @NamedQuery(name = "omakase.storeOrdersByUser",
                query = "select o from OmakaseOrder o where o.realmId = :realmId and o.storeClient = :storeClient"
                        + " and o.userId = :userId order by o.createdAt desc")
})
public class OrderEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    /** The store the order belongs to: the client id of the order API caller, or of the store pages' client. */
    @Column(name = "STORE_CLIENT", length = 255, nullable = false)
    private String storeClient;

    @Column(name = "ORDER_NUMBER", length = 64, nullable = false)
    private String orderNumber;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "PRODUCT_CODE", length = 64, nullable = false)
    private String productCode;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Column(name = "INITIAL_FEE", nullable = false)
    private long initialFee;

    @Column(name = "MONTHLY_FEE", nullable = false)
    private long monthlyFee;

    @Column(name = "TAX_RATE", nullable = false)
    private int taxRate;

    @Column(name = "TAX", nullable = false)
    private long tax;

    @Column(name = "TOTAL", nullable = false)
    private long total;

    /** The contractor as JSON (at most about 2,500 characters: every field has a length limit). */
    @Column(name = "CONTRACTOR", length = 4000, nullable = false)
    private String contractor;

    @Column(name = "REQUEST_HASH", length = 64, nullable = false)
    private String requestHash;

    @Column(name = "CHANNEL", length = 16, nullable = false)
    private String channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private OrderState state;

    @Column(name = "FAILURE_REASON", length = 255)
    private String failureReason;

    @Column(name = "RETRY_COUNT", nullable = false)
    private int retryCount;

    /** The public base URL the order came through (mail links); null for orders of 0.2.0. */
    @Column(name = "FRONTEND_URL", length = 255)
    private String frontendUrl;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getStoreClient() { return storeClient; }
    public void setStoreClient(String storeClient) { this.storeClient = storeClient; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public int getQuantity() { return quantity; }
    public void setQuantity(int quantity) { this.quantity = quantity; }
    public long getInitialFee() { return initialFee; }
    public void setInitialFee(long initialFee) { this.initialFee = initialFee; }
    public long getMonthlyFee() { return monthlyFee; }
    public void setMonthlyFee(long monthlyFee) { this.monthlyFee = monthlyFee; }
    public int getTaxRate() { return taxRate; }
    public void setTaxRate(int taxRate) { this.taxRate = taxRate; }
    public long getTax() { return tax; }
    public void setTax(long tax) { this.tax = tax; }
    public long getTotal() { return total; }
    public void setTotal(long total) { this.total = total; }
    public String getContractor() { return contractor; }
    public void setContractor(String contractor) { this.contractor = contractor; }
    public String getRequestHash() { return requestHash; }
    public void setRequestHash(String requestHash) { this.requestHash = requestHash; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public OrderState getState() { return state; }
    public void setState(OrderState state) { this.state = state; }
    public String getFailureReason() { return failureReason; }
    public void setFailureReason(String failureReason) { this.failureReason = failureReason; }
    public int getRetryCount() { return retryCount; }
    public void setRetryCount(int retryCount) { this.retryCount = retryCount; }
    public String getFrontendUrl() { return frontendUrl; }
    public void setFrontendUrl(String frontendUrl) { this.frontendUrl = frontendUrl; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public long getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(long updatedAt) { this.updatedAt = updatedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
