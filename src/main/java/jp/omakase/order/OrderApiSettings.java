package jp.omakase.order;

/**
 * Who may call the order API and how much it reads, from the options of {@code realm-restapi-extension/omakase}.
 *
 * @param role          realm role the store's service account must hold
 * @param audience      audience the access token must name (the client scope {@code omakase-order-api} of the realm
 *                      file adds it to the tokens of the clients it is given to)
 * @param maxBodyBytes  largest JSON body read; larger ones are answered 413
 */
public record OrderApiSettings(String role, String audience, int maxBodyBytes) {
}
