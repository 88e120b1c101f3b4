package ai.alquimista.shared.tracing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The caller's own id for a request ({@code X-Correlation-Id}), carried into the events it causes and every log line:
 * at most 100 letters, digits and {@code . _ : -}, so it can be stored, logged and put in a message attribute as it
 * came.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String RULE = "must be 1 to 100 letters, digits or . _ : -";

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationId() {}

    /** An id from a source that cannot be answered (a message attribute): empty when absent or not valid. */
    public static Optional<String> ifValid(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    /** @return the id, or empty when absent; {@link IllegalArgumentException} naming the rule when it breaks it */
    public static Optional<String> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!FORMAT.matcher(header).matches()) {
            throw new IllegalArgumentException(RULE);
        }
        return Optional.of(header);
    }
}
