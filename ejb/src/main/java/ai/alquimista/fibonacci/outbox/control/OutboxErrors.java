package ai.alquimista.fibonacci.outbox.control;

/** What an outbox row keeps of a failure: the first cause that is not a container wrapper, by class and message. */
public final class OutboxErrors {

    private OutboxErrors() {}

    public static String reason(Throwable failure) {
        Throwable cause = failure;
        while (isWrapper(cause) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return cause.getClass().getSimpleName() + message;
    }

    private static boolean isWrapper(Throwable failure) {
        String name = failure.getClass().getName();
        return name.startsWith("jakarta.ejb.")
                || name.startsWith("java.lang.reflect.")
                || name.startsWith("com.sun.ejb.")
                || name.startsWith("jakarta.transaction.");
    }
}
