package ai.alquimista.platform.retention.boundary;

/**
 * What the retention timer prunes: each table by the age of one column, kept {@code alquimista.retention.<key>-days}
 * days ({@link #defaultDays} unless configured; 0 keeps it for ever).
 */
public enum RetainedTable {
    /**
     * Message keys consumers already handled. SQS keeps a message at most 14 days from its first enqueue (a redrive
     * from a dead-letter queue keeps that date), so no copy can arrive later than that: a day more is safe.
     */
    PROCESSED_MESSAGES("fibonacci_core.processed_messages", "processed_at", "processed-messages", 15),
    /** Every hop an agent made: what {@code GET /events/{id}} shows beside the event. */
    TRACES("fibonacci_core.traces", "created_at", "traces", 90),
    /** Outbox rows already on their queue (pending and dead rows are never pruned). */
    SENT_OUTBOX("fibonacci_core.outbox", "sent_at", "outbox-sent", 7),
    /** Why messages failed, with their bodies (which may hold a tenant's data). */
    MESSAGE_FAILURES("fibonacci_core.message_failures", "failed_at", "message-failures", 30),
    /** Request counters of the rate limiter; the longest window is minutes long. */
    RATE_LIMIT_WINDOWS("alquimista_platform.rate_limit_windows", "window_start", "rate-limit-windows", 1),
    /** Who did what: five years unless the policy says otherwise. */
    AUDIT_LOGS("alquimista_platform.audit_logs", "created_at", "audit", 1825);

    private final String table;
    private final String ageColumn;
    private final String key;
    private final int defaultDays;

    RetainedTable(String table, String ageColumn, String key, int defaultDays) {
        this.table = table;
        this.ageColumn = ageColumn;
        this.key = key;
        this.defaultDays = defaultDays;
    }

    public String table() {
        return table;
    }

    public String ageColumn() {
        return ageColumn;
    }

    /** The configuration key of its age: {@code alquimista.retention.<key>-days}. */
    public String configKey() {
        return "alquimista.retention." + key + "-days";
    }

    public int defaultDays() {
        return defaultDays;
    }
}
