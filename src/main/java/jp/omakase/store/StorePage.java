package jp.omakase.store;

import java.util.List;

import jp.omakase.order.Contractor;
import jp.omakase.order.Pricing;

/**
 * View bean {@code omakaseStore} of the store pages: prices and the amounts computed from them, the form's choices,
 * links, the form token and who is logged in. Amounts are formatted yen without the unit (the bundle adds 円).
 */
public final class StorePage {

    /** What the store sells in one order: one おまかせログイン. */
    static final int QUANTITY = 1;
    /** A service ships no equipment: 送料 (商品別送料) is nothing. */
    static final long SHIPPING = 0;

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

    public int getQuantity() {
        return QUANTITY;
    }

    public String getInitialFee() {
        return yen(pricing.initialFee());
    }

    public String getMonthlyFee() {
        return yen(pricing.monthlyFee());
    }

    /** 総額 of the 初期費用 row: unit price times quantity. */
    public String getInitialFeeAmount() {
        return yen(pricing.initialFee() * QUANTITY);
    }

    /** 総額 of the 月額料 row: unit price times quantity. */
    public String getMonthlyFeeAmount() {
        return yen(pricing.monthlyFee() * QUANTITY);
    }

    public int getTaxRate() {
        return pricing.taxRatePercent();
    }

    public String getTax() {
        return yen(pricing.tax());
    }

    public String getShipping() {
        return yen(SHIPPING);
    }

    /** 利用料 (税込): what this order charges for the service, tax included (the initial fee and its tax). */
    public String getFeesWithTax() {
        return yen(pricing.total());
    }

    /** 合計金額 (税込): the fees with tax and the shipping. */
    public String getTotal() {
        return yen(pricing.total() + SHIPPING);
    }

    /** The contact days of the form, 指定なし first, then in week order. */
    public List<String> getContactDays() {
        return Contractor.DAYS;
    }

    public String getAnyDay() {
        return Contractor.ANY_DAY;
    }

    public List<String> getContactHours() {
        return Contractor.HOURS;
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
