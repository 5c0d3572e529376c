package jp.omakase.store;

import jp.omakase.order.Pricing;

/** View bean {@code omakaseStore} of the store pages: prices, links, the form token and who is logged in. */
public final class StorePage {

    private final Pricing pricing;
    private final String base;
    private final String csrf;
    private final String email;

    StorePage(Pricing pricing, String base, String csrf, String email) {
        this.pricing = pricing;
        this.base = base;
        this.csrf = csrf;
        this.email = email;
    }

    public String getProductCode() {
        return pricing.productCode();
    }

    public String getInitialFee() {
        return yen(pricing.initialFee());
    }

    public String getMonthlyFee() {
        return yen(pricing.monthlyFee());
    }

    public int getTaxRate() {
        return pricing.taxRatePercent();
    }

    public String getTax() {
        return yen(pricing.tax());
    }

    public String getTotal() {
        return yen(pricing.total());
    }

    /** The store's root URL, ending with a slash. */
    public String getBase() {
        return base.endsWith("/") ? base : base + "/";
    }

    public String getCsrf() {
        return csrf;
    }

    public String getEmail() {
        return email;
    }

    static String yen(long amount) {
        return String.format("%,d", amount);
    }
}
