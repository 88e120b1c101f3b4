package ai.alquimista.fibonacci.outbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ai.alquimista.fibonacci.outbox.control.OutboxRelay;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.SimulatedClock;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The relay hands a committed outbox row to SQS at once; when it cannot (the container gave it no executor, the
 * application is stopping, the executor is already gone) the commit goes on quietly and the row waits for the sweep,
 * which sends it exactly once.
 */
class OutboxRelayTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-12-01T13:00:00Z"));
    private final FakeQueue queue = new FakeQueue();
    private final ExecutorService threads = Executors.newSingleThreadExecutor();
    private final AtomicInteger handedOver = new AtomicInteger();
    private Outbox outbox;

    @BeforeEach
    void anEmptyOutbox() {
        db.execute("DELETE FROM fibonacci_core.outbox");
        outbox = new Outbox(db, queue, clock, 10);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aCommittedRowIsRelayedAtOnce() throws InterruptedException {
        OutboxRelay relay = relay(executor());
        UUID row = pending("lead-1");

        relay.afterCommit(new OutboxWritten(row));
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(handedOver).hasValue(1);
        assertThat(queue.sends("lead-1")).isEqualTo(1);
        assertThat(pendingRows()).isZero();
    }

    @Test
    void aRelayTheContainerGaveNoExecutorLetsTheCommitGoOnAndTheSweepSendsTheRowOnce() {
        OutboxRelay relay = relay(null);
        UUID row = pending("lead-2");

        assertThatCode(() -> relay.afterCommit(new OutboxWritten(row))).doesNotThrowAnyException();
        assertThat(pendingRows()).as("left for the sweep").isEqualTo(1);

        outbox.sweep();
        outbox.sweep();
        assertThat(queue.sends("lead-2")).isEqualTo(1);
        assertThat(pendingRows()).isZero();
    }

    @Test
    void whileTheApplicationStopsACommitHandsNothingOverAndTheSweepSendsTheRowOnce() {
        OutboxRelay relay = relay(executor());
        UUID row = pending("lead-3");

        relay.stopping(new Object());
        assertThatCode(() -> relay.afterCommit(new OutboxWritten(row))).doesNotThrowAnyException();

        assertThat(handedOver)
                .as("nothing handed to an executor that is stopping")
                .hasValue(0);
        assertThat(pendingRows()).isEqualTo(1);
        outbox.sweep();
        assertThat(queue.sends("lead-3")).isEqualTo(1);
    }

    @Test
    void anExecutorAlreadyShutDownRefusesTheTaskQuietlyAndTheSweepSendsTheRowOnce() {
        OutboxRelay relay = relay(executor());
        threads.shutdown();
        UUID row = pending("lead-4");

        assertThatCode(() -> relay.afterCommit(new OutboxWritten(row))).doesNotThrowAnyException();

        assertThat(pendingRows()).isEqualTo(1);
        outbox.sweep();
        assertThat(queue.sends("lead-4")).isEqualTo(1);
    }

    /** The relay with the executor its first committing thread found ({@code null}: none, as in a bare JVM). */
    private OutboxRelay relay(ManagedExecutorService executor) {
        OutboxRelay relay = Beans.wire(new OutboxRelay(), outbox.delivery);
        try {
            Field field = OutboxRelay.class.getDeclaredField("executor");
            field.setAccessible(true);
            field.set(relay, executor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return relay;
    }

    /** The container's executor as the relay uses it: {@code execute} on a thread of its own. */
    private ManagedExecutorService executor() {
        return (ManagedExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        handedOver.incrementAndGet();
                    }
                    try {
                        return method.invoke(threads, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private UUID pending(String body) {
        UUID id = UUID.randomUUID();
        db.execute(
                "INSERT INTO fibonacci_core.outbox (id, queue, body, attributes, next_attempt_at, created_at)"
                        + " VALUES (?, 'recebimento', ?, '{\"trace_id\": \"t-1\"}'::jsonb, ?, ?)",
                id,
                body,
                Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant()));
        return id;
    }

    private long pendingRows() {
        return db.count("SELECT count(*) FROM fibonacci_core.outbox WHERE sent_at IS NULL");
    }
}
