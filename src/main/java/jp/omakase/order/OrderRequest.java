package jp.omakase.order;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.keycloak.util.JsonSerialization;

import jp.omakase.validation.TextRules;

/** The order API's body: the store's own order number, the Business ID (its user id), the product and the contractor. */
public record OrderRequest(String storeOrderNumber, String subject, String productCode, Integer quantity, Contractor contractor) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** Field to error code for what can be judged without the database. */
    public Map<String, String> validate(Pricing pricing) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (storeOrderNumber == null || storeOrderNumber.isBlank()) {
            errors.put("storeOrderNumber", "required");
        } else if (!NUMBER.matcher(storeOrderNumber).matches()) {
            errors.put("storeOrderNumber", "format");
        }
        if (subject == null || subject.isBlank()) {
            errors.put("subject", "required");
        } else if (TextRules.problem(subject, 36) != null) {
            // a user id is 36 characters of a UUID: anything else names no user (and never reaches the database)
            errors.put("subject", "unknown_user");
        }
        if (productCode == null || productCode.isBlank()) {
            errors.put("productCode", "required");
        } else if (TextRules.problem(productCode, 64) != null) {
            errors.put("productCode", TextRules.problem(productCode, 64));
        } else if (!productCode.equals(pricing.productCode())) {
            errors.put("productCode", "unknown_product");
        }
        if (quantity != null && quantity != 1) {
            errors.put("quantity", "unsupported_quantity");
        }
        if (contractor == null) {
            errors.put("contractor", "required");
        } else {
            errors.putAll(contractor.validate("contractor."));
        }
        return errors;
    }

    /** What is stored: trimmed values, quantity 1. */
    public OrderRequest normalized() {
        return new OrderRequest(storeOrderNumber.strip(), subject.strip(), productCode.strip(), 1, contractor.normalized());
    }

    /** SHA-256 of the normalized request (lists in alphabetical order): the same order sent again has the same hash. */
    public String hash() {
        try {
            OrderRequest stored = normalized();
            byte[] json = JsonSerialization.writeValueAsBytes(new OrderRequest(stored.storeOrderNumber(), stored.subject(),
                    stored.productCode(), 1, contractor.canonical()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
