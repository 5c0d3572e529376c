package jp.omakase.tenant.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * One allowed network: an IPv4 or IPv6 range in CIDR notation ({@code 192.0.2.0/24}, {@code 2001:db8::/32}); a bare
 * address is the range of that address alone. Parsing never asks DNS: only address literals are read. An IPv4 address
 * and an IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) are the same address.
 */
public record Cidr(byte[] network, int prefix) {

    /** The range written in {@code text}, or empty when it is not one (a host name, a bad prefix, stray text). */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 50) {
            return Optional.empty();
        }
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        byte[] bytes = literal(address);
        if (bytes == null) {
            return Optional.empty();
        }
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String p = s.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(p);
            if (prefix > bits) {
                return Optional.empty();
            }
        }
        return Optional.of(new Cidr(mask(bytes, prefix), prefix));
    }

    /** The bytes of an address literal (4 or 16), or null; never a DNS lookup. */
    static byte[] literal(String address) {
        if (address == null || address.isEmpty()) {
            return null;
        }
        boolean v6 = address.indexOf(':') >= 0;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || (v6 && (c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!ok) {
                return null;
            }
        }
        if (!v6 && !dottedQuad(address)) {
            return null;
        }
        try {
            // a literal: InetAddress parses it without a lookup (only letters-and-dots names would be looked up)
            return InetAddress.getByName(v6 ? "[" + address + "]" : address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean dottedQuad(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code address} (a literal, as Keycloak gives the client's address) lies in this range. */
    public boolean contains(String address) {
        byte[] a = literal(address);
        return a != null && contains(a);
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        return java.util.Arrays.equals(mask(address, prefix), network);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xFF << (8 - keep)));
        }
        return out;
    }

    /** The canonical text of the range ({@code 192.0.2.0/24}, {@code 2001:db8:0:0:0:0:0:0/32}). */
    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefix == prefix && java.util.Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(network) * 31 + prefix;
    }
}
