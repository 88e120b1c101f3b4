package ai.alquimista.shared.errors;

/** What a failure says when it is kept for an operator: the first cause that is not a container wrapper. */
public final class Causes {

    private Causes() {}

    /** The class and message of the first cause that is not an EJB, reflection or transaction wrapper. */
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
