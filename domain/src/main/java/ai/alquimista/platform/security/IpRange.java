package ai.alquimista.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An IPv4 or IPv6 address range in CIDR notation ({@code 203.0.113.0/24}, {@code 2001:db8::/32}, or one address). */
public record IpRange(byte[] network, int prefixLength) {

    public static IpRange parse(String cidr) {
        String[] parts = cidr.trim().split("/", 2);
        byte[] address = literal(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + cidr))
                .getAddress();
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("bad prefix length in " + cidr);
        }
        return new IpRange(address, prefix);
    }

    public static List<IpRange> parseList(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(IpRange::parse)
                .toList();
    }

    public boolean contains(String ip) {
        Optional<InetAddress> address = literal(ip);
        if (address.isEmpty() || address.get().getAddress().length != network.length) {
            return false;
        }
        byte[] candidate = address.get().getAddress();
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = 0xFF << (8 - remainingBits) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    /** Only literal addresses: never a DNS lookup. */
    private static Optional<InetAddress> literal(String text) {
        if (text == null || text.isBlank() || !text.trim().matches("[0-9a-fA-F:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text.trim()));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
