package jp.omakase.order;

/**
 * The one product of the store and its prices (tax excluded, whole yen), from the server's configuration. Tax is
 * charged on the initial fee of the order and rounded down to the yen (切り捨て); the monthly fee is billed later.
 */
public record Pricing(String productCode, long initialFee, long monthlyFee, int taxRatePercent) {

    public long tax() {
        return Math.floorDiv(initialFee * taxRatePercent, 100);
    }

    public long total() {
        return initialFee + tax();
    }
}
