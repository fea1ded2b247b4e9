package org.autopilot.strategy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpRangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "203.0.113.7          | 203.0.113.7",
            "' 203.0.113.0/24 '   | 203.0.113.0/24",
            "0.0.0.0/0            | 0.0.0.0/0",
            "10.0.0.0/32          | 10.0.0.0",
            "2001:DB8::/32        | 2001:db8::/32",
            "2001:db8:0:0:0:0:0:7 | 2001:db8::7",
            "::1                  | ::1",
            "2001:0:0:1:0:0:0:1   | 2001:0:0:1::1",
            "fe80::/10            | fe80::/10"})
    void readsAddressesAndRangesIntoTheirCanonicalForm(String text, String canonical) {
        assertEquals(canonical, IpRange.parse(text).toString());
        assertEquals(IpRange.parse(canonical), IpRange.parse(text), "equal by value");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tradingview.com     | is not an IPv4 address (like 203.0.113.7) or IPv6 address",
            "1.2.3               | is not an IPv4 address",
            "1.2.3.256           | is not an IPv4 address",
            "01.2.3.4            | is not an IPv4 address",
            "127.1               | is not an IPv4 address",
            "fe80::1%eth0        | is not an IPv4 address",
            "'<script>'          | '?script?' is not an IPv4 address",
            "1.2.3.4/33          | the prefix length of '1.2.3.4/33' must be a whole number from 0 to 32",
            "1.2.3.4/-1          | must be a whole number from 0 to 32",
            "2001:db8::/129      | must be a whole number from 0 to 128",
            "10.0.0.1/8          | '10.0.0.1/8' has bits set beyond its /8 prefix; the range is written 10.0.0.0/8",
            "::ffff:1.2.3.4      | is an IPv4-mapped IPv6 address; write it as 1.2.3.4",
            "' '                 | must not be blank"})
    void refusesWhatIsNoAddressOrRangeAndSaysWhy(String text, String message) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> IpRange.parse(text));
        assertTrue(refusal.getMessage().contains(message), refusal.getMessage());
    }

    @Test
    void matchesAddressesOfItsOwnFamilyOnly() {
        IpRange v4 = IpRange.parse("192.168.8.0/22");
        assertTrue(v4.contains("192.168.8.1"));
        assertTrue(v4.contains("192.168.11.255"));
        assertFalse(v4.contains("192.168.12.0"));
        assertTrue(v4.contains("::ffff:192.168.9.9"), "an IPv4-mapped remote address is its IPv4 address");
        assertFalse(v4.contains("::1"));
        IpRange v6 = IpRange.parse("2001:db8:abcd::/48");
        assertTrue(v6.contains("2001:db8:abcd:12::1"));
        assertFalse(v6.contains("2001:db8:abce::1"));
        assertFalse(v6.contains("192.168.8.1"));
        assertTrue(IpRange.parse("::1").contains("0:0:0:0:0:0:0:1"));
    }

    @Test
    void nonLiteralRemoteAddressesMatchNothingAndNeedNoDns() {
        IpRange all = IpRange.parse("0.0.0.0/0");
        assertFalse(all.contains("localhost"));
        assertFalse(all.contains((String) null));
        assertFalse(all.contains("unknown"));
        assertTrue(all.contains("8.8.8.8"));
    }
}
