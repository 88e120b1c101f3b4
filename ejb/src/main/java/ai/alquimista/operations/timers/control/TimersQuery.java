package ai.alquimista.operations.timers.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The timers' rows: each instance's upsert of what its timer did, and the pauses every instance reads. */
public final class TimersQuery {

    /** A row of an instance not seen for this long is of an instance that is gone: removed at the next start. */
    static final Duration GONE_AFTER = Duration.ofDays(1);

    private static final int ERROR_LENGTH = 1000;

    private static final String UPSERT = """
            INSERT INTO alquimista_platform.timer_runs
                (timer_name, instance, work, schedule, seen_at, next_run_at, last_started_at, last_duration_ms,
                 last_outcome, last_error, runs, failures)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (timer_name, instance) DO UPDATE SET
                work = EXCLUDED.work,
                schedule = EXCLUDED.schedule,
                seen_at = EXCLUDED.seen_at,
                next_run_at = COALESCE(EXCLUDED.next_run_at, timer_runs.next_run_at),
                last_started_at = COALESCE(EXCLUDED.last_started_at, timer_runs.last_started_at),
                last_duration_ms = COALESCE(EXCLUDED.last_duration_ms, timer_runs.last_duration_ms),
                last_outcome = COALESCE(EXCLUDED.last_outcome, timer_runs.last_outcome),
                last_error = CASE WHEN EXCLUDED.last_outcome IS NULL THEN timer_runs.last_error
                                  ELSE EXCLUDED.last_error END,
                runs = timer_runs.runs + EXCLUDED.runs,
                failures = timer_runs.failures + EXCLUDED.failures
            """;

    private TimersQuery() {}

    /** A timer seen ticking on an instance, with the run the tick made if any. */
    public static void record(Connection db, TimerTick tick) throws SQLException {
        TimerTick.Run run = tick.run();
        try (PreparedStatement upsert = db.prepareStatement(UPSERT)) {
            upsert.setString(1, tick.timerName());
            upsert.setString(2, tick.instance());
            upsert.setString(3, tick.work());
            upsert.setString(4, tick.schedule());
            upsert.setObject(5, timestamp(tick.seenAt()));
            upsert.setObject(6, timestamp(tick.nextRunAt()));
            upsert.setObject(7, run == null ? null : timestamp(run.startedAt()));
            if (run == null) {
                upsert.setNull(8, Types.BIGINT);
            } else {
                upsert.setLong(8, run.durationMillis());
            }
            upsert.setString(9, run == null ? null : run.outcome());
            upsert.setString(10, run == null || run.error() == null ? null : truncate(run.error()));
            upsert.setLong(11, tick.runs());
            upsert.setLong(12, tick.failures());
            upsert.executeUpdate();
        }
    }

    public static void forget(Connection db, String timerName, String instance) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM alquimista_platform.timer_runs WHERE timer_name = ? AND instance = ?")) {
            delete.setString(1, timerName);
            delete.setString(2, instance);
            delete.executeUpdate();
        }
    }

    /** Rows of instances that stopped without saying so (killed) and were not seen since. */
    public static int forgetGone(Connection db, Instant now) throws SQLException {
        try (PreparedStatement delete =
                db.prepareStatement("DELETE FROM alquimista_platform.timer_runs WHERE seen_at < ?")) {
            delete.setObject(1, timestamp(now.minus(GONE_AFTER)));
            return delete.executeUpdate();
        }
    }

    public static List<TimerRow> rows(Connection db) throws SQLException {
        List<TimerRow> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("""
                        SELECT timer_name, instance, work, schedule, seen_at, next_run_at, last_started_at,
                               last_duration_ms, last_outcome, last_error, runs, failures
                        FROM alquimista_platform.timer_runs ORDER BY timer_name, instance""");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new TimerRow(
                        result.getString(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        instant(result, 5),
                        instant(result, 6),
                        instant(result, 7),
                        result.getObject(8, Long.class),
                        result.getString(9),
                        result.getString(10),
                        result.getLong(11),
                        result.getLong(12)));
            }
        }
        return rows;
    }

    public static List<TimerPause> pauses(Connection db) throws SQLException {
        List<TimerPause> pauses = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                        "SELECT timer_name, paused_by, paused_at FROM alquimista_platform.timer_pauses");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                pauses.add(new TimerPause(result.getString(1), result.getObject(2, UUID.class), instant(result, 3)));
            }
        }
        return pauses;
    }

    /** True when this paused the timer; false when it was paused already (the first pause is kept). */
    public static boolean pause(Connection db, TimerPause pause) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO alquimista_platform.timer_pauses (timer_name, paused_by, paused_at) VALUES (?, ?, ?)
                ON CONFLICT (timer_name) DO NOTHING""")) {
            insert.setString(1, pause.timerName());
            insert.setObject(2, pause.pausedBy());
            insert.setObject(3, timestamp(pause.pausedAt()));
            return insert.executeUpdate() == 1;
        }
    }

    /** True when the timer was paused. */
    public static boolean resume(Connection db, String timerName) throws SQLException {
        try (PreparedStatement delete =
                db.prepareStatement("DELETE FROM alquimista_platform.timer_pauses WHERE timer_name = ?")) {
            delete.setString(1, timerName);
            return delete.executeUpdate() == 1;
        }
    }

    private static String truncate(String error) {
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
