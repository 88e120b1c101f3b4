package ai.alquimista.platform.ratelimit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rate-limit windows every instance counts into: one multi-row upsert adds hits and answers the totals; a read
 * answers earlier windows' totals.
 */
public final class RateWindowsQuery {

    /** Rows per statement. */
    private static final int CHUNK = 500;

    private RateWindowsQuery() {}

    /**
     * Adds each window's hits to its total and answers the totals. Rows are locked in (bucket, start) order, so
     * instances adding to the same windows at once cannot deadlock.
     */
    public static List<WindowHits> add(Connection db, List<WindowHits> hits) throws SQLException {
        List<WindowHits> ordered = hits.stream()
                .sorted(Comparator.comparing((WindowHits h) -> h.window().bucket())
                        .thenComparingLong(h -> h.window().start()))
                .toList();
        List<WindowHits> totals = new ArrayList<>(ordered.size());
        for (int from = 0; from < ordered.size(); from += CHUNK) {
            totals.addAll(addChunk(db, ordered.subList(from, Math.min(ordered.size(), from + CHUNK))));
        }
        return totals;
    }

    private static List<WindowHits> addChunk(Connection db, List<WindowHits> hits) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO alquimista_platform.rate_limit_windows (bucket, window_start, hits) VALUES ");
        for (int i = 0; i < hits.size(); i++) {
            sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
        }
        sql.append(" ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_windows.hits + EXCLUDED.hits"
                + " RETURNING bucket, window_start, hits");
        try (PreparedStatement upsert = db.prepareStatement(sql.toString())) {
            int p = 1;
            for (WindowHits hit : hits) {
                upsert.setString(p++, hit.window().bucket());
                upsert.setObject(p++, timestamp(hit.window().start()));
                upsert.setInt(p++, hit.hits());
            }
            List<WindowHits> totals = new ArrayList<>(hits.size());
            try (ResultSet rows = upsert.executeQuery()) {
                while (rows.next()) {
                    totals.add(new WindowHits(
                            new WindowHits.Window(
                                    rows.getString(1),
                                    rows.getObject(2, OffsetDateTime.class).toEpochSecond()),
                            rows.getInt(3)));
                }
            }
            return totals;
        }
    }

    /** The hits counted in each window that has a row; a window nobody hit has none. */
    public static Map<WindowHits.Window, Integer> hits(Connection db, List<WindowHits.Window> windows)
            throws SQLException {
        if (windows.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql =
                new StringBuilder("SELECT bucket, window_start, hits FROM alquimista_platform.rate_limit_windows"
                        + " WHERE (bucket, window_start) IN (");
        for (int i = 0; i < windows.size(); i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        sql.append(')');
        try (PreparedStatement select = db.prepareStatement(sql.toString())) {
            int p = 1;
            for (WindowHits.Window window : windows) {
                select.setString(p++, window.bucket());
                select.setObject(p++, timestamp(window.start()));
            }
            Map<WindowHits.Window, Integer> hits = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.put(
                            new WindowHits.Window(
                                    rows.getString(1),
                                    rows.getObject(2, OffsetDateTime.class).toEpochSecond()),
                            rows.getInt(3));
                }
            }
            return hits;
        }
    }

    private static OffsetDateTime timestamp(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
