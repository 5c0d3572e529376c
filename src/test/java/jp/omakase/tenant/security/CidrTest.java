package jp.omakase.tenant.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CIDR parsing and matching for アクセス制限: IPv4, IPv6, bare addresses, mapped addresses, and what is refused. */
class CidrTest {

    @ParameterizedTest(name = "[{index}] {0} contains {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            203.0.113.0/24      | 203.0.113.0      | true
            203.0.113.0/24      | 203.0.113.255    | true
            203.0.113.0/24      | 203.0.114.1      | false
            203.0.113.77/24     | 203.0.113.1      | true
            10.0.0.0/8          | 10.255.1.2       | true
            10.0.0.0/8          | 11.0.0.1         | false
            0.0.0.0/0           | 198.51.100.7     | true
            0.0.0.0/0           | 2001:db8::1      | false
            192.0.2.10          | 192.0.2.10       | true
            192.0.2.10          | 192.0.2.11       | false
            192.0.2.10/32       | 192.0.2.10       | true
            172.16.0.0/12       | 172.31.255.255   | true
            172.16.0.0/12       | 172.32.0.0       | false
            2001:db8::/32       | 2001:db8:ffff::1 | true
            2001:db8::/32       | 2001:db9::1      | false
            2001:DB8::/32       | 2001:db8::1      | true
            2001:db8::1         | 2001:db8::1      | true
            2001:db8::1         | 2001:db8::2      | false
            ::/0                | ::1              | true
            ::/0                | 127.0.0.1        | false
            fe80::/10           | febf::1          | true
            fe80::/10           | fec0::1          | false
            192.0.2.0/24        | ::ffff:192.0.2.9 | true
            192.0.2.0/24        | not-an-address   | false
            """)
    void matches(String range, String address, boolean contained) {
        assertEquals(contained, Cidr.parse(range).orElseThrow().contains(address));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @ValueSource(strings = {"", " ", "example.com", "localhost", "203.0.113.0/33", "2001:db8::/129", "203.0.113.0/", "203.0.113.0/-1",
        "203.0.113/24", "203.0.113.0.1", "256.0.0.1", "1.2.3.4/24/8", "203.0.113.0 /24", "2001:db8::g/32", "2001:db8:::1",
        "203.0.113.0/2a", "1.2.3.4 5.6.7.8", "[::1]"})
    void refusesWhatIsNoRange(String text) {
        assertTrue(Cidr.parse(text).isEmpty(), text);
    }

    @Test
    void writesTheCanonicalNetwork() {
        assertEquals("203.0.113.0/24", Cidr.parse(" 203.0.113.77/24 ").orElseThrow().toString());
        assertEquals("192.0.2.1/32", Cidr.parse("192.0.2.1").orElseThrow().toString());
        assertEquals(Cidr.parse("2001:db8::/32"), Cidr.parse("2001:0DB8:0000::/32"));
    }

    @Test
    void anEmptyListAllowsEveryoneAndMembersScopeExemptsAdministrators() {
        assertTrue(TenantNetworks.NONE.allows("198.51.100.1", false));
        TenantNetworks office = new TenantNetworks(List.of(Cidr.parse("203.0.113.0/24").orElseThrow(),
                Cidr.parse("2001:db8::/32").orElseThrow()), TenantNetworks.Scope.ALL);
        assertTrue(office.allows("203.0.113.5", false));
        assertTrue(office.allows("2001:db8::5", true));
        assertFalse(office.allows("198.51.100.1", false));
        assertFalse(office.allows("198.51.100.1", true), "everyone: administrators too");
        TenantNetworks members = new TenantNetworks(office.ranges(), TenantNetworks.Scope.MEMBERS);
        assertTrue(members.allows("198.51.100.1", true), "administrators exempt");
        assertFalse(members.allows("198.51.100.1", false));
        assertFalse(office.allows(null, false), "no address: refused");
    }
}
