package ai.alquimista.shared.http;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.ids.Ids;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Optional filters of a list's query string, read so that every wrong one is named: a blank value is no filter, a
 * malformed one adds a violation for its field and counts as none.
 */
public final class QueryValues {

    /** Years PostgreSQL's timestamptz holds, and more than anyone filters by; Instant parses ±1,000,000,000. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private QueryValues() {}

    public static Optional<UUID> uuid(String field, String value, List<Violation> violations) {
        Optional<UUID> id = Ids.parse(value);
        if (id.isEmpty() && value != null && !value.isBlank()) {
            violations.add(new Violation(field, "must be a UUID"));
        }
        return id;
    }

    public static Optional<Instant> instant(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant instant = Instant.parse(value);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                violations.add(new Violation(field, "must be an instant between the years 1 and 9999"));
                return Optional.empty();
            }
            return Optional.of(instant);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be an ISO-8601 instant such as 2026-11-23T17:00:00Z"));
            return Optional.empty();
        }
    }
}
