package ai.alquimista.operations.timers.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The timers' rows in the database. What a timer writes is committed on its own, whatever the run it records did;
 * an operator's pause or resume goes with the operator's transaction (and its audit entry), and a read sees it.
 */
@Stateless
public class TimerLedger {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** A timer scheduled at start: its row, and the rows of instances gone for a day removed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void scheduled(TimerTick tick) {
        write(db -> {
            TimersQuery.forgetGone(db, clock.instant());
            TimersQuery.record(db, tick);
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ticked(TimerTick tick) {
        write(db -> TimersQuery.record(db, tick));
    }

    /** The instance stops: its timers stop with it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void stopped(String timerName, String instance) {
        write(db -> TimersQuery.forget(db, timerName, instance));
    }

    public Set<String> pausedTimers() {
        return read(db ->
                TimersQuery.pauses(db).stream().map(TimerPause::timerName).collect(Collectors.toUnmodifiableSet()));
    }

    public List<TimerPause> pauses() {
        return read(TimersQuery::pauses);
    }

    public List<TimerRow> rows() {
        return read(TimersQuery::rows);
    }

    public boolean pause(TimerPause pause) {
        return read(db -> TimersQuery.pause(db, pause));
    }

    public boolean resume(String timerName) {
        return read(db -> TimersQuery.resume(db, timerName));
    }

    private void write(Statement statement) {
        read(db -> {
            statement.run(db);
            return null;
        });
    }

    private <T> T read(Query<T> query) {
        try (Connection db = dataSource.getConnection()) {
            return query.run(db);
        } catch (SQLException e) {
            throw new IllegalStateException("the timers' rows are out of reach: " + e.getMessage(), e);
        }
    }

    private interface Statement {
        void run(Connection db) throws SQLException;
    }

    private interface Query<T> {
        T run(Connection db) throws SQLException;
    }
}
