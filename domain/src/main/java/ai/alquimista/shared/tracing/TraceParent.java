package ai.alquimista.shared.tracing;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The W3C Trace Context {@code traceparent} header: {@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>}.
 * A trace id is 128 bits, as a UUID is, so ours are the same ids written two ways. A header that does not parse is
 * ignored and a new trace starts, as the recommendation asks.
 */
public final class TraceParent {

    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_PARENT = "0".repeat(16);

    private TraceParent() {}

    public static Optional<UUID> traceId(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var match = FORMAT.matcher(header.strip());
        if (!match.matches()
                || match.group(1).equals("ff")
                || match.group(2).equals(INVALID_TRACE)
                || match.group(3).equals(INVALID_PARENT)) {
            return Optional.empty();
        }
        return Optional.of(uuid(match.group(2)));
    }

    /**
     * The header naming {@code traceId}, with a new parent id, sampled. Every answer carries one: the parent id need
     * only be unlikely to repeat, not unguessable, so no secure random (and its lock) is spent on it.
     */
    public static String of(UUID traceId) {
        long parent;
        do {
            parent = ThreadLocalRandom.current().nextLong();
        } while (parent == 0); // all zeros is invalid
        return "00-" + hex(traceId) + "-" + HexFormat.of().toHexDigits(parent) + "-01";
    }

    /** The trace id as W3C writes it: 32 lowercase hex digits. */
    public static String hex(UUID traceId) {
        return traceId.toString().replace("-", "");
    }

    /** A trace id written either way: a UUID, or 32 hex digits. */
    public static Optional<UUID> parseId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String hex = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (hex.length() == 36
                && hex.charAt(8) == '-'
                && hex.charAt(13) == '-'
                && hex.charAt(18) == '-'
                && hex.charAt(23) == '-') {
            hex = hex.replace("-", "");
        }
        return hex.matches("[0-9a-f]{32}") ? Optional.of(uuid(hex)) : Optional.empty();
    }

    private static UUID uuid(String hex) {
        return new UUID(
                Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }
}
