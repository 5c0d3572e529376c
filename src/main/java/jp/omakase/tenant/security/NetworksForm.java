package jp.omakase.tenant.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * アクセス制限's form: {@link #RANGES} (one CIDR range or address a line; blank = no restriction), {@link #SCOPE}
 * ({@code all} | {@code members}) and {@link #CONFIRM} (the administrator accepts that the list leaves out their own
 * address). An unreadable line is an error naming its line number.
 */
final class NetworksForm {

    static final String RANGES = "ranges";
    static final String SCOPE = "scope";
    static final String CONFIRM = "confirmLockout";

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private TenantNetworks networks;
    private int badLine;

    private NetworksForm() {
    }

    /** The stored list as form values. */
    static Map<String, String> values(TenantNetworks n) {
        Map<String, String> v = new HashMap<>();
        v.put(RANGES, n.ranges().stream().map(Cidr::toString).collect(Collectors.joining("\n")));
        v.put(SCOPE, n.scope().value());
        return v;
    }

    static NetworksForm parse(MultivaluedMap<String, String> form) {
        NetworksForm f = new NetworksForm();
        String text = form.getFirst(RANGES) == null ? "" : form.getFirst(RANGES);
        f.values.put(RANGES, text.strip());
        f.values.put(SCOPE, form.getFirst(SCOPE) == null ? "" : form.getFirst(SCOPE));
        f.values.put(CONFIRM, String.valueOf("true".equals(form.getFirst(CONFIRM))));
        TenantNetworks.Scope scope = TenantNetworks.Scope.of(f.values.get(SCOPE)).orElse(null);
        if (scope == null) {
            f.errors.put(SCOPE, "omakaseSecurityNetworksErrorScope");
        }
        List<Cidr> ranges = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length && f.badLine == 0; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Cidr c = Cidr.parse(line).orElse(null);
            if (c == null) {
                f.badLine = i + 1;
                f.errors.put(RANGES, "omakaseSecurityNetworksErrorRange");
            } else if (!ranges.contains(c)) {
                ranges.add(c);
            }
        }
        if (f.errors.isEmpty() && ranges.size() > TenantNetworks.MAX_RANGES) {
            f.errors.put(RANGES, "omakaseSecurityNetworksErrorTooMany");
        }
        if (f.errors.isEmpty()) {
            f.networks = new TenantNetworks(List.copyOf(ranges), scope);
        }
        return f;
    }

    /** The list entered, or null when a field has an error. */
    TenantNetworks networks() {
        return networks;
    }

    /** The 1-based line that is no range, or 0. */
    int badLine() {
        return badLine;
    }

    boolean confirmed() {
        return "true".equals(values.get(CONFIRM));
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }
}
