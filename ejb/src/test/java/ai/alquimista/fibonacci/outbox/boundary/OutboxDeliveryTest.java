package ai.alquimista.fibonacci.outbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.outbox.control.Outcome;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.SimulatedClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * The outbox relays events to their queues one row at a time: a row that fails, whatever it throws, keeps its error
 * and waits its turn again, and never costs another row its send nor sends one twice; after the attempts allowed it
 * is dead until an operator retries it.
 */
class OutboxDeliveryTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant NOW = Instant.parse("2026-12-01T13:00:00Z");

    private final SimulatedClock clock = new SimulatedClock(NOW);
    private final FakeQueue queue = new FakeQueue();
    private final List<ExecutorService> instances = new ArrayList<>();

    @BeforeEach
    void anEmptyOutboxAndAuditLog() {
        db.execute("DELETE FROM fibonacci_core.outbox");
        db.execute("DELETE FROM alquimista_platform.audit_logs");
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(ExecutorService::shutdownNow);
    }

    @Test
    void aBatchWithOnePoisonedRowSendsEveryOtherRowOnceAndKeepsThePoisonsError() {
        Outbox outbox = new Outbox(db, queue, clock, 10);
        List<UUID> good = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            good.add(pending("recebimento", "bom-" + i));
        }
        UUID poisoned = pending("recebimento", "veneno");
        for (int i = 5; i < 10; i++) {
            good.add(pending("recebimento", "bom-" + i));
        }
        queue.refuse("veneno", new IllegalArgumentException("message body too long"));

        outbox.sweep();
        clock.advance(Duration.ofSeconds(5));
        outbox.sweep();

        for (int i = 0; i < 10; i++) {
            assertThat(queue.sends("bom-" + i)).as("sends of bom-" + i).isEqualTo(1);
        }
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.outbox WHERE sent_at IS NOT NULL"))
                .isEqualTo(10);
        assertThat(db.text("SELECT last_error FROM fibonacci_core.outbox WHERE id = ?", poisoned))
                .isEqualTo("IllegalArgumentException: message body too long");
        assertThat(db.count("SELECT attempts FROM fibonacci_core.outbox WHERE id = ?", poisoned))
                .as("tried once per sweep it was due in: 1 s after the first failure, 2 s after the second")
                .isEqualTo(2);
        assertThat(queue.sends("veneno")).isZero();
    }

    @Test
    void aRowNamingAQueueThatDoesNotExistFailsAloneAndWaitsLongerEachTime() {
        Outbox outbox = new Outbox(db, queue, clock, 10);
        UUID lost = pending("inexistente", "perdida");
        UUID fine = pending("disparo", "certa");

        outbox.sweep();

        assertThat(queue.sends("certa")).isEqualTo(1);
        assertThat(db.text("SELECT last_error FROM fibonacci_core.outbox WHERE id = ?", lost))
                .isEqualTo("IllegalStateException: unknown queue inexistente");
        assertThat(nextAttempt(lost)).isEqualTo(NOW.plusSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        outbox.sweep();
        assertThat(nextAttempt(lost)).isEqualTo(NOW.plusSeconds(1 + 2));
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.outbox WHERE id = ? AND sent_at IS NOT NULL", fine))
                .isEqualTo(1);
    }

    @Test
    void aRowThatCannotEvenBeReadKeepsWhyAndDiesLikeAnyOther() {
        Outbox outbox = new Outbox(db, queue, clock, 2);
        UUID unreadable = pending("disparo", "ilegivel");
        db.execute("UPDATE fibonacci_core.outbox SET attributes = '[1, 2]'::jsonb WHERE id = ?", unreadable);
        pending("disparo", "legivel");

        outbox.sweep();
        clock.advance(Duration.ofSeconds(1));
        outbox.sweep();

        assertThat(queue.sends("legivel")).isEqualTo(1);
        assertThat(db.text("SELECT last_error FROM fibonacci_core.outbox WHERE id = ?", unreadable))
                .isNotBlank();
        assertThat(db.value("SELECT dead_at FROM fibonacci_core.outbox WHERE id = ?", unreadable))
                .isNotNull();
        assertThat(outbox.deaths).hasValue(1);
    }

    @Test
    void afterTheAttemptsAllowedTheRowIsDeadAndNoSweepTriesItAgain() {
        Outbox outbox = new Outbox(db, queue, clock, 3);
        UUID row = pending("recebimento", "recusada");
        queue.refuse(
                "recusada",
                QueueDoesNotExistException.builder().message("no queue").build());

        for (int tick = 0; tick < 20; tick++) {
            outbox.sweep();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(db.count("SELECT attempts FROM fibonacci_core.outbox WHERE id = ?", row))
                .isEqualTo(3);
        assertThat(db.value("SELECT dead_at FROM fibonacci_core.outbox WHERE id = ?", row))
                .isNotNull();
        assertThat(outbox.deaths).hasValue(1);
        assertThat(outbox.list("morta")).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(row);
            assertThat(entry.state()).isEqualTo("morta");
            assertThat(entry.attempts()).isEqualTo(3);
            assertThat(entry.lastError()).isEqualTo("QueueDoesNotExistException: no queue");
        });
        assertThat(outbox.list("pendente")).isEmpty();
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'operator.outbox.read'"
                                + " AND user_id = ?",
                        Outbox.OPERATOR.operatorId()))
                .as("each read by an operator is audited")
                .isEqualTo(2);
    }

    @Test
    void anOperatorsRetryMakesADeadRowDueNowAndItIsSent() {
        Outbox outbox = new Outbox(db, queue, clock, 1);
        UUID row = pending("recebimento", "depois");
        queue.refuse("depois", new IllegalStateException("queue down"));
        outbox.sweep();
        assertThat(outbox.list("morta")).extracting(OutboxEntry::id).containsExactly(row);

        queue.accept("depois");
        clock.advance(Duration.ofHours(3));
        OutboxEntry retried = outbox.retry(row);

        assertThat(retried.state()).isEqualTo("pendente");
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isEqualTo(clock.instant());
        assertThat(outbox.relayed.fired()).containsExactly(new OutboxWritten(row));
        assertThat(outbox.delivery.deliver(row)).isEqualTo(Outcome.SENT);
        assertThat(queue.sends("depois")).isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'operator.outbox.retry'"
                                + " AND target_id = ?",
                        row.toString()))
                .isEqualTo(1);
    }

    @Test
    void retryingEveryDeadRowLetsTheNextSweepSendThemAndLeavesTheRestAlone() {
        Outbox outbox = new Outbox(db, queue, clock, 1);
        UUID first = pending("recebimento", "morta-1");
        UUID second = pending("estrategia", "morta-2");
        queue.refuse("morta-1", new IllegalStateException("down"));
        queue.refuse("morta-2", new IllegalStateException("down"));
        outbox.sweep();
        queue.accept("morta-1");
        queue.accept("morta-2");
        UUID later = pending("disparo", "nova");
        queue.refuse("nova", new IllegalStateException("down"));

        RetriedOutbox retried = outbox.retryDead();
        outbox.sweep();

        assertThat(retried.retried()).isEqualTo(2);
        assertThat(queue.sends("morta-1")).isEqualTo(1);
        assertThat(queue.sends("morta-2")).isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.outbox WHERE id IN (?, ?) AND sent_at IS NOT NULL",
                        first,
                        second))
                .isEqualTo(2);
        assertThat(outbox.list("morta")).extracting(OutboxEntry::id).containsExactly(later);
    }

    @Test
    void retryingARowThatWasSentOrDoesNotExistIsRefused() {
        Outbox outbox = new Outbox(db, queue, clock, 10);
        UUID sent = pending("recebimento", "enviada");
        outbox.sweep();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.retry(sent))
                .isInstanceOf(ai.alquimista.shared.errors.Conflict.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.retry(UUID.randomUUID()))
                .isInstanceOf(ai.alquimista.shared.errors.NotFound.class);
        assertThat(queue.sends("enviada")).isEqualTo(1);
    }

    @Test
    void twoInstancesSweepingAtOnceSendEachRowExactlyOnce() throws Exception {
        int rows = 250;
        db.execute(
                "INSERT INTO fibonacci_core.outbox (id, queue, body, next_attempt_at)"
                        + " SELECT gen_random_uuid(), CASE WHEN n % 2 = 0 THEN 'recebimento' ELSE 'disparo' END,"
                        + " 'linha-' || n, ? FROM generate_series(1, ?) n",
                Timestamp.from(clock.instant()), rows);
        queue.slow(1);
        Outbox first = new Outbox(db, queue, clock, 10);
        Outbox second = new Outbox(db, queue, clock, 10);

        List<Future<Integer>> sweeps = new ArrayList<>();
        for (Outbox instance : List.of(first, second, first, second)) {
            ExecutorService thread = Executors.newSingleThreadExecutor();
            instances.add(thread);
            sweeps.add(thread.submit((Callable<Integer>) () -> {
                instance.sweep();
                return 0;
            }));
        }
        for (Future<Integer> sweep : sweeps) {
            sweep.get(60, TimeUnit.SECONDS);
        }
        first.sweep();

        assertThat(queue.allSends()).hasSize(rows);
        assertThat(queue.allSends().values())
                .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.outbox WHERE sent_at IS NULL"))
                .isZero();
    }

    @Test
    void theRelayAfterCommitSendsTheNewRowAtOnceAndLeavesASentOneAlone() {
        Outbox outbox = new Outbox(db, queue, clock, 10);
        UUID row = pending("sentimento", "agora");
        db.execute(
                "UPDATE fibonacci_core.outbox SET next_attempt_at = ? WHERE id = ?",
                Timestamp.from(NOW.plusSeconds(60)),
                row);

        assertThat(outbox.delivery.deliver(row)).isEqualTo(Outcome.SENT);
        assertThat(outbox.delivery.deliver(row)).isEqualTo(Outcome.SKIPPED);

        assertThat(queue.sends("agora")).isEqualTo(1);
        assertThat(queue.queues()).containsExactly("sentimento");
    }

    private UUID pending(String queueName, String body) {
        UUID id = UUID.randomUUID();
        db.execute(
                "INSERT INTO fibonacci_core.outbox (id, queue, body, attributes, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, '{\"trace_id\": \"t-1\"}'::jsonb, ?, ?)",
                id,
                queueName,
                body,
                Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant()));
        return id;
    }

    private Instant nextAttempt(UUID id) {
        return ((Timestamp) db.value("SELECT next_attempt_at FROM fibonacci_core.outbox WHERE id = ?", id)).toInstant();
    }
}
