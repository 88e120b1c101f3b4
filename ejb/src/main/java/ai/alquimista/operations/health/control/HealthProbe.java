package ai.alquimista.operations.health.control;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import software.amazon.awssdk.core.exception.SdkException;

/** Checks the two things the application cannot work without: PostgreSQL and SQS. */
@ApplicationScoped
public class HealthProbe {

    private static final int DATABASE_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    QueueDirectory queues;

    public Status database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS) ? Status.up() : Status.down("connection is not valid");
        } catch (SQLException e) {
            return Status.down(e.getMessage());
        }
    }

    public Status sqs() {
        try {
            queues.forget(new QueueAddress(Queue.RECEBIMENTO, false));
            queues.url(Queue.RECEBIMENTO);
            return Status.up();
        } catch (SdkException e) {
            return Status.down(e.getMessage());
        }
    }

    /** {@code connected} or {@code disconnected}, with the error when there is one. */
    public record Status(boolean ok, String error) {
        static Status up() {
            return new Status(true, null);
        }

        static Status down(String error) {
            return new Status(false, error == null ? "unknown error" : error);
        }

        public String label() {
            return ok ? "connected" : "disconnected";
        }
    }
}
