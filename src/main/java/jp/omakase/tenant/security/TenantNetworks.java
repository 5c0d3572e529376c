package jp.omakase.tenant.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.OrganizationModel;

/**
 * A tenant's allowed networks (アクセス制限): the one reader and writer of the Organization attributes
 * {@code omakase.networks.*}. An empty list allows every address. {@link Scope#MEMBERS} exempts the tenant's
 * administrators (so a wrong list cannot lock them out of the console).
 */
public record TenantNetworks(List<Cidr> ranges, Scope scope) {

    public static final String RANGES = "omakase.networks.ranges";
    public static final String SCOPE = "omakase.networks.scope";
    /** At most this many ranges per tenant (the page and the check stay short). */
    public static final int MAX_RANGES = 100;

    /** Whom the list applies to. */
    public enum Scope {
        /** Everyone of the tenant, its administrators included. */
        ALL("all"),
        /** Everyone but the tenant's administrators. */
        MEMBERS("members");

        private final String value;

        Scope(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public static Optional<Scope> of(String value) {
            for (Scope s : values()) {
                if (s.value.equals(value)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public static final TenantNetworks NONE = new TenantNetworks(List.of(), Scope.ALL);

    public boolean restricts() {
        return !ranges.isEmpty();
    }

    /** True when {@code address} may sign in; {@code administrator}: the user holds the tenant administrator role. */
    public boolean allows(String address, boolean administrator) {
        if (ranges.isEmpty() || (administrator && scope == Scope.MEMBERS)) {
            return true;
        }
        byte[] a = Cidr.literal(address);
        return a != null && ranges.stream().anyMatch(r -> r.contains(a));
    }

    /** The list of {@code tenant}; an entry that does not parse (hand-edited) is skipped. */
    public static TenantNetworks of(OrganizationModel tenant) {
        Map<String, List<String>> a = tenant.getAttributes();
        List<String> raw = a == null ? null : a.get(RANGES);
        if (raw == null || raw.isEmpty()) {
            return NONE;
        }
        List<Cidr> ranges = new ArrayList<>();
        raw.stream().limit(MAX_RANGES).forEach(r -> Cidr.parse(r).ifPresent(ranges::add));
        List<String> s = a.get(SCOPE);
        Scope scope = s == null || s.isEmpty() ? Scope.ALL : Scope.of(s.get(0)).orElse(Scope.ALL);
        return new TenantNetworks(List.copyOf(ranges), scope);
    }

    /** Writes this list into {@code tenant}'s attributes (other attributes kept). */
    public void writeTo(OrganizationModel tenant) {
        Map<String, List<String>> a = new HashMap<>(tenant.getAttributes() == null ? Map.of() : tenant.getAttributes());
        a.keySet().removeIf(k -> k.startsWith("omakase.networks."));
        if (!ranges.isEmpty()) {
            a.put(RANGES, ranges.stream().map(Cidr::toString).toList());
            a.put(SCOPE, List.of(scope.value()));
        }
        tenant.setAttributes(a);
    }
}
