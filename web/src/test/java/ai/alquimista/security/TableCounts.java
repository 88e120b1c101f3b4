package ai.alquimista.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rows per table in the application's schemas, straight from PostgreSQL: what the hostile suite compares before
 * and after, so any row a refused request wrote shows up by table. Tables that legitimately change on refused
 * requests (the audit log, the rate-limit counters) are left out by name.
 */
final class TableCounts {

    static final List<String> SCHEMAS = List.of("fibonacci_core", "nigredo_leads", "alquimista_platform");

    private final String url = System.getenv("ALQUIMISTA_DB_URL");
    private final Set<String> ignored;

    TableCounts(Set<String> ignored) {
        this.ignored = ignored;
    }

    /** schema.table → rows, for every base table of the three schemas except the ignored ones. */
    Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_schema || '.' || table_name"
                    + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                    + " AND table_schema IN ('" + String.join("', '", SCHEMAS) + "')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                if (ignored.contains(table)) {
                    continue;
                }
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return counts;
    }

    /**
     * Counts once nothing moves any more: the same counts {@code calm} times in a row, a second apart (agents and
     * timers finish what the setup started), or the last counts after {@code patience}.
     */
    Map<String, Long> settled(int calm, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, Long> last = snapshot();
        int same = 1;
        while (same < calm && System.nanoTime() < deadline) {
            sleep(Duration.ofSeconds(1));
            Map<String, Long> now = snapshot();
            same = now.equals(last) ? same + 1 : 1;
            last = now;
        }
        return last;
    }

    /** table → (before, after) for every table whose count changed. */
    static Map<String, long[]> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, long[]> changed = new TreeMap<>();
        Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            long was = before.getOrDefault(table, 0L);
            long is = after.getOrDefault(table, 0L);
            if (was != is) {
                changed.put(table, new long[] {was, is});
            }
        }
        return changed;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
