package ai.alquimista.platform.retention.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.platform.retention.control.RetentionQuery;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.SimulatedClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform forgets its operational records once they are older than their age: processed message keys, traces,
 * sent outbox rows, failures, rate-limit windows and (by policy) audit entries, a few thousand rows per statement,
 * and never a row that is younger, nor an outbox row still to be sent or dead.
 */
class RetentionTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant NOW = Instant.parse("2026-12-01T13:00:00Z");

    private final SimulatedClock clock = new SimulatedClock(NOW);
    private final Map<RetainedTable, Integer> days = new HashMap<>();
    private final Map<RetainedTable, Integer> statements = new HashMap<>();

    @BeforeEach
    void emptyTables() {
        for (RetainedTable table : RetainedTable.values()) {
            db.execute("DELETE FROM " + table.table());
        }
    }

    @Test
    void eachTableLosesWhatIsOlderThanItsAgeAndKeepsTheRest() {
        days.put(RetainedTable.AUDIT_LOGS, 365);
        for (int i = 0; i < 7; i++) {
            everyKind(daysAgo(40), "velho-" + i);
        }
        for (int i = 0; i < 2; i++) {
            everyKind(daysAgo(3).plusSeconds(-3600), "recente-" + i);
        }
        outbox("pendente-velha", daysAgo(400), null, null);
        outbox("morta-velha", daysAgo(400), null, daysAgo(399));
        audit("auditoria-velha", daysAgo(366));
        audit("auditoria-do-ano", daysAgo(364));

        Map<RetainedTable, Long> pruned = retention(3).prune();

        assertThat(pruned)
                .containsEntry(RetainedTable.PROCESSED_MESSAGES, 7L)
                .containsEntry(RetainedTable.TRACES, 0L)
                .containsEntry(RetainedTable.SENT_OUTBOX, 7L)
                .containsEntry(RetainedTable.MESSAGE_FAILURES, 7L)
                .containsEntry(RetainedTable.RATE_LIMIT_WINDOWS, 9L)
                .containsEntry(RetainedTable.AUDIT_LOGS, 1L);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.processed_messages"))
                .isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.traces"))
                .as("traces are kept 90 days")
                .isEqualTo(9);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.message_failures"))
                .isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.rate_limit_windows"))
                .as("a day's windows at most")
                .isZero();
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.outbox WHERE sent_at IS NOT NULL"))
                .isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.outbox WHERE sent_at IS NULL"))
                .as("a row still to be sent and a dead one stay, however old")
                .isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'auditoria-do-ano'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'auditoria-velha'"))
                .isZero();
        assertThat(statements.get(RetainedTable.PROCESSED_MESSAGES))
                .as("7 rows in batches of 3: 3, 3, 1")
                .isEqualTo(3);
        assertThat(statements.get(RetainedTable.RATE_LIMIT_WINDOWS))
                .as("9 rows in batches of 3: 3, 3, 3, then none")
                .isEqualTo(4);
    }

    @Test
    void anAgeOfZeroKeepsATableForEverAndTheAuditLogIsKeptFiveYearsUnlessConfigured() {
        days.put(RetainedTable.PROCESSED_MESSAGES, 0);
        everyKind(daysAgo(1000), "antigo");
        audit("auditoria-de-4-anos", daysAgo(4 * 365));
        audit("auditoria-de-6-anos", daysAgo(6 * 365));

        Map<RetainedTable, Long> pruned = retention(5000).prune();

        assertThat(pruned).doesNotContainKey(RetainedTable.PROCESSED_MESSAGES);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.processed_messages"))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.traces")).isZero();
        assertThat(db.text("SELECT string_agg(action, ',') FROM alquimista_platform.audit_logs"))
                .isEqualTo("auditoria-de-4-anos");
    }

    @Test
    void twoInstancesPruningAtOnceDeleteEachRowOnceAndLeaveNothingOld() throws Exception {
        db.execute(
                "INSERT INTO fibonacci_core.processed_messages (consumer, message_key, processed_at)"
                        + " SELECT 'recebimento', 'k-' || n, ? FROM generate_series(1, 2000) n",
                Timestamp.from(daysAgo(30)));

        Retention first = retention(100);
        Retention second = retention(100);
        var one = java.util.concurrent.CompletableFuture.supplyAsync(first::prune);
        var other = java.util.concurrent.CompletableFuture.supplyAsync(second::prune);

        long deleted =
                one.get().get(RetainedTable.PROCESSED_MESSAGES) + other.get().get(RetainedTable.PROCESSED_MESSAGES);
        assertThat(deleted).isEqualTo(2000);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.processed_messages"))
                .isZero();
    }

    private Retention retention(int batch) {
        RetentionSettings settings = new RetentionSettings() {
            @Override
            public Optional<Duration> age(RetainedTable table) {
                int kept = days.getOrDefault(table, table.defaultDays());
                return kept <= 0 ? Optional.empty() : Optional.of(Duration.ofDays(kept));
            }
        };
        settings.batchSize = batch;
        RetentionQuery query = new RetentionQuery() {
            @Override
            public int deleteOlderThan(RetainedTable table, Instant cutoff, int size) {
                synchronized (statements) {
                    statements.merge(table, 1, Integer::sum);
                }
                return db.inTransaction(() -> super.deleteOlderThan(table, cutoff, size));
            }
        };
        return Beans.wire(new Retention(), Beans.wire(query, db.entityManager()), settings, clock);
    }

    /** One row of every kind the platform keeps, written {@code at}. */
    private void everyKind(Instant at, String key) {
        Timestamp when = Timestamp.from(at);
        db.execute(
                "INSERT INTO fibonacci_core.processed_messages (consumer, message_key, processed_at) VALUES (?, ?, ?)",
                "recebimento",
                key,
                when);
        db.execute(
                "INSERT INTO fibonacci_core.traces (trace_id, agent, created_at) VALUES (gen_random_uuid(), ?, ?)",
                "recebimento",
                when);
        db.execute(
                "INSERT INTO fibonacci_core.message_failures (queue, message_id, reason, failed_at) VALUES (?, ?, ?, ?)",
                "recebimento",
                key,
                "PoisonMessage: teste",
                when);
        db.execute(
                "INSERT INTO alquimista_platform.rate_limit_windows (bucket, window_start, hits) VALUES (?, ?, 1)",
                "ip:" + key,
                when);
        outbox(key, at.minusSeconds(1), at, null);
    }

    private void outbox(String body, Instant created, Instant sent, Instant dead) {
        db.execute(
                "INSERT INTO fibonacci_core.outbox (queue, body, created_at, next_attempt_at, sent_at, dead_at)"
                        + " VALUES ('recebimento', ?, ?, ?, ?, ?)",
                body,
                Timestamp.from(created),
                Timestamp.from(created),
                sent == null ? null : Timestamp.from(sent),
                dead == null ? null : Timestamp.from(dead));
    }

    private void audit(String action, Instant at) {
        db.execute(
                "INSERT INTO alquimista_platform.audit_logs (action, created_at) VALUES (?, ?)",
                action,
                Timestamp.from(at));
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }
}
