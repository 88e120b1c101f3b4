package ai.alquimista.sqs.adapter;

import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reads a failed delivery's exception. Only JDK and Jakarta classes are named: the adapter shares
 * no classes with the application, whose exceptions (EclipseLink, the PostgreSQL driver, Payara's
 * pool) all carry one of these somewhere in their cause chain.
 */
final class Failures {

    private static final int MAX_DEPTH = 64;

    private Failures() {}

    /**
     * The database (or the way to it) failed, not the message: a connection-class SQLState
     * ({@code 08xxx}: refused, broken, timed out), a transient connection failure, a refused or
     * timed-out socket, or Payara's pool unable to hand out a connection.
     */
    static boolean isInfrastructure(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure;
                cause != null && seen.add(cause) && seen.size() <= MAX_DEPTH;
                cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof ResourceAllocationException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionClass(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionClass(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null && next.getSQLState().startsWith("08")) {
                return true;
            }
            if (next.getNextException() == next) {
                break;
            }
        }
        return false;
    }

    /**
     * The first cause that is not a container wrapper (EJBException and the like) says what was
     * wrong; the application's {@code MessageFailures.reason} reads failures the same way.
     */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        int depth = 0;
        while (isWrapper(cause) && cause.getCause() != null && cause.getCause() != cause && depth++ < MAX_DEPTH) {
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
