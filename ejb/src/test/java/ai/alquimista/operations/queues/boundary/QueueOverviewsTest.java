package ai.alquimista.operations.queues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.operations.queues.control.QueueFlowQuery;
import ai.alquimista.operations.queues.control.QueueFlowQuery.Flow;
import ai.alquimista.testing.JpaDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the console shows of a queue beside SQS's depths: what went in and out per minute lately, and how long the
 * oldest event still waiting for its agent has waited.
 */
class QueueOverviewsTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private final Instant agora = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final String fila = "atendimento-" + UUID.randomUUID().toString().substring(0, 8);

    private void enviado(String status, Duration ha) {
        UUID evento = UUID.randomUUID();
        db.execute(
                "INSERT INTO fibonacci_core.events (id, source, type, trace_id, routed_to, status, created_at)"
                        + " VALUES (?, 'nigredo.atendimento', 'lead.respondeu', ?, ?, ?, ?)",
                evento,
                UUID.randomUUID(),
                fila,
                status,
                Timestamp.from(agora.minus(ha).minusMillis(5)));
        db.execute(
                "INSERT INTO fibonacci_core.outbox (event_id, queue, body, sent_at) VALUES (?, ?, '{}', ?)",
                evento,
                fila,
                Timestamp.from(agora.minus(ha)));
    }

    private void consumido(Duration ha) {
        db.execute(
                "INSERT INTO fibonacci_core.processed_messages (consumer, message_key, processed_at) VALUES (?, ?, ?)",
                fila,
                "event:" + UUID.randomUUID(),
                Timestamp.from(agora.minus(ha)));
    }

    private Map<String, Flow> fluxo() {
        return db.inTransaction(() -> {
            try (Connection connection = db.dataSource().getConnection()) {
                return QueueFlowQuery.since(connection, List.of(fila, "ninguem"), agora.minus(QueueOverviews.WINDOW));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aQueueShowsItsRatesOfTheLastFiveMinutesAndItsOldestWaitingEvent() {
        enviado("processado", Duration.ofMinutes(10));
        enviado("processado", Duration.ofMinutes(4));
        enviado("roteado", Duration.ofMinutes(3));
        enviado("roteado", Duration.ofMinutes(1));
        consumido(Duration.ofMinutes(12));
        consumido(Duration.ofMinutes(2));
        consumido(Duration.ofSeconds(30));

        Map<String, Flow> fluxo = fluxo();

        assertThat(fluxo.get(fila)).isEqualTo(new Flow(3, 2, Optional.of(agora.minus(Duration.ofMinutes(3)))));
        assertThat(fluxo.get("ninguem")).isEqualTo(new Flow(0, 0, Optional.empty()));
        QueueOverview overview = QueueOverviews.overview(
                new QueueDepth(fila, "alquimista-dev-" + fila, 2, 0, 0, 1), Optional.of(fluxo.get(fila)), agora);
        assertThat(overview.inPerMinute()).isEqualTo(0.6);
        assertThat(overview.outPerMinute()).isEqualTo(0.4);
        assertThat(overview.oldestWaitingSeconds()).isEqualTo(180);
        assertThat(QueueOverviews.overview(
                                new QueueDepth(fila, fila, 0, 0, 0, 0), Optional.of(fluxo.get("ninguem")), agora)
                        .oldestWaitingSeconds())
                .as("nothing waits")
                .isNull();
    }
}
