package ai.alquimista.shared.tracing;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The current thread's {@link TraceContext}. Whoever starts a unit of work (an HTTP request, a message delivery)
 * opens a scope and closes it when the work ends, so a pooled thread never carries one request's ids into the next.
 */
public final class Tracing {

    private static final ThreadLocal<TraceContext> CURRENT = new ThreadLocal<>();

    private Tracing() {}

    public static Optional<TraceContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes {@code context} current until the scope closes, then restores what was current before. */
    public static Scope open(TraceContext context) {
        TraceContext previous = CURRENT.get();
        CURRENT.set(context);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Changes the current context, if a scope is open; outside any scope there is nothing to change. */
    public static void amend(UnaryOperator<TraceContext> change) {
        TraceContext current = CURRENT.get();
        if (current != null) {
            CURRENT.set(change.apply(current));
        }
    }

    /** An open scope; closing it never fails. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
