package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.outbox.control.OutboxBacklogQuery;
import ai.alquimista.fibonacci.outbox.control.OutboxMetrics;
import ai.alquimista.fibonacci.outbox.control.OutboxRows;
import ai.alquimista.fibonacci.outbox.control.Outcome;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.FiredEvents;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.testing.JpaDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outbox wired on the embedded database as one instance of the application runs it: each row's call in a
 * transaction of its own ({@code REQUIRES_NEW}, as the container runs {@link OutboxRows}), a fake queue, a clock the
 * test moves. Several of them on one database are several instances.
 */
final class Outbox {

    final OutboxDelivery delivery;
    final OutboxAdministration administration;
    final FiredEvents<OutboxWritten> relayed = new FiredEvents<>();
    final AtomicInteger deaths = new AtomicInteger();

    private final JpaDatabase db;

    Outbox(JpaDatabase db, FakeQueue queue, Clock clock, int maxAttempts) {
        this.db = db;
        OutboxSettings settings = new OutboxSettings();
        settings.maxAttempts = maxAttempts;
        settings.maxBackoffSeconds = 300;
        settings.readinessLagSeconds = 300;
        OutboxRows rows = Beans.wire(new TransactionalRows(db), db.entityManager(), queue, settings, clock);
        OutboxMetrics metrics = new OutboxMetrics() {
            @Override
            public void died() {
                deaths.incrementAndGet();
            }
        };
        delivery = Beans.wire(new OutboxDelivery(), rows, metrics);
        administration = Beans.wire(
                new OutboxAdministration(),
                db.entityManager(),
                Beans.wire(new OutboxBacklogQuery(), db.entityManager(), clock),
                Beans.wire(new AuditTrail(), db.entityManager()),
                relayed,
                clock);
    }

    /** What the timer does each tick: sweeps until a sweep finds less than a full batch. */
    void sweep() {
        while (delivery.sweep() == OutboxDelivery.SWEEP_BATCH) {
            // the next batch
        }
    }

    List<OutboxEntry> list(String state) {
        return db.inTransaction(() -> administration.list(
                ai.alquimista.fibonacci.outbox.entity.OutboxState.valueOf(state.toUpperCase(java.util.Locale.ROOT)),
                50,
                OPERATOR));
    }

    OutboxEntry retry(UUID id) {
        return db.inTransaction(() -> administration.retry(id, OPERATOR));
    }

    RetriedOutbox retryDead() {
        return db.inTransaction(() -> administration.retryDead(OPERATOR));
    }

    static final OperatorCaller OPERATOR =
            new OperatorCaller(UUID.fromString("0b0e0000-0000-4000-8000-000000000001"), "127.0.0.1", "teste");

    /** {@link OutboxRows} as the container runs it: every call commits on its own, or rolls back and throws. */
    private static final class TransactionalRows extends OutboxRows {

        private final JpaDatabase db;

        TransactionalRows(JpaDatabase db) {
            this.db = db;
        }

        @Override
        public List<UUID> due(int limit) {
            return db.inTransaction(() -> super.due(limit));
        }

        @Override
        public Outcome send(UUID id, boolean onlyIfDue) {
            return db.inTransaction(() -> super.send(id, onlyIfDue));
        }

        @Override
        public Outcome recordFailure(UUID id, String error) {
            return db.inTransaction(() -> super.recordFailure(id, error));
        }
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
