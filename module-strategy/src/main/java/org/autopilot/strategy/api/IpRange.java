package org.autopilot.strategy.api;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One IPv4 or IPv6 address or CIDR range ({@code 203.0.113.7}, {@code 203.0.113.0/24}, {@code 2001:db8::/32}),
 * read without any DNS lookup: host names are refused, so checking a request's source never waits on DNS. Used for
 * webhook source allow-lists and for trusted proxies. Equal by value; {@link #toString()} is the canonical form.
 */
public final class IpRange {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int LONGEST = 49;

    private final byte[] network;
    private final int prefixLength;

    private IpRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Reads an address or range as an admin writes it.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and how to write it
     */
    public static IpRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an address or range must not be blank");
        }
        String value = text.strip();
        if (value.length() > LONGEST) {
            throw new IllegalArgumentException("'" + quoted(value) + "' is too long for an IP address or CIDR range");
        }
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        byte[] bytes = addressBytes(address, value);
        int bits = bytes.length * 8;
        int prefix = slash < 0 ? bits : prefixLength(value.substring(slash + 1), bits, value);
        IpRange range = new IpRange(masked(bytes, prefix), prefix);
        if (!Arrays.equals(bytes, range.network)) {
            throw new IllegalArgumentException("'" + value + "' has bits set beyond its /" + prefix + " prefix; the range"
                    + " is written " + range);
        }
        return range;
    }

    /** The address of a literal such as a servlet's remote address, without DNS; empty when it is not one. */
    public static Optional<InetAddress> literal(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.ofLiteral(address.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the address lies in this range; an IPv4 address never lies in an IPv6 range and vice versa. */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(masked(bytes, prefixLength), network);
    }

    /** {@link #contains(InetAddress)} for an address literal; false when the text is no address literal. */
    public boolean contains(String address) {
        return literal(address).map(this::contains).orElse(false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange range && range.prefixLength == prefixLength
                && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    /** {@code 203.0.113.7}, {@code 203.0.113.0/24}, {@code 2001:db8::/32}: single addresses without a prefix. */
    @Override
    public String toString() {
        String address = network.length == 4 ? ipv4(network) : ipv6(network);
        return prefixLength == network.length * 8 ? address : address + "/" + prefixLength;
    }

    private static byte[] addressBytes(String address, String whole) {
        String hint = "'" + quoted(whole) + "' is not an IPv4 address (like 203.0.113.7) or IPv6 address"
                + " (like 2001:db8::7), with an optional /prefix; host names are not accepted";
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !(address.contains(":") && IPV6.matcher(address).matches())) {
            throw new IllegalArgumentException(hint);
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(hint);
        }
        if (!v4 && parsed instanceof Inet4Address) {
            throw new IllegalArgumentException("'" + whole + "' is an IPv4-mapped IPv6 address; write it as "
                    + parsed.getHostAddress());
        }
        return parsed.getAddress();
    }

    private static int prefixLength(String text, int bits, String whole) {
        String message = "the prefix length of '" + quoted(whole) + "' must be a whole number from 0 to " + bits;
        if (!text.matches("\\d{1,3}")) {
            throw new IllegalArgumentException(message);
        }
        int prefix = Integer.parseInt(text);
        if (prefix > bits) {
            throw new IllegalArgumentException(message);
        }
        return prefix;
    }

    private static byte[] masked(byte[] address, int prefix) {
        byte[] result = new byte[address.length];
        for (int i = 0; i < address.length; i++) {
            int bitsInByte = Math.clamp(prefix - i * 8L, 0, 8);
            result[i] = (byte) (address[i] & (0xFF << (8 - bitsInByte)));
        }
        return result;
    }

    private static String ipv4(byte[] bytes) {
        return (bytes[0] & 0xFF) + "." + (bytes[1] & 0xFF) + "." + (bytes[2] & 0xFF) + "." + (bytes[3] & 0xFF);
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
    private static String ipv6(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < 8; start++) {
            int length = 0;
            while (start + length < 8 && groups[start + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** Input quoted back in a message: printable characters only, so a message cannot carry markup or controls. */
    private static String quoted(String value) {
        String clean = value.replaceAll("[^\\p{Alnum}.:/ -]", "?");
        return clean.length() <= LONGEST ? clean : clean.substring(0, LONGEST) + "...";
    }
}
