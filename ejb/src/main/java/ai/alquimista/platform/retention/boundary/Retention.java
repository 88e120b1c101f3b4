package ai.alquimista.platform.retention.boundary;

import ai.alquimista.platform.retention.control.RetentionQuery;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prunes every {@link RetainedTable} of what is older than its age, {@code batch-size} rows per statement and
 * transaction until none remain, so no statement holds many locks or runs long. Runs outside any transaction. A
 * table that fails is logged and left for the next run; the others are pruned all the same.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    RetentionQuery query;

    @Inject
    RetentionSettings settings;

    @Inject
    Clock clock;

    /** @return rows deleted per table this run (tables kept for ever, or that failed, are not in it) */
    public Map<RetainedTable, Long> prune() {
        Instant now = clock.instant();
        Map<RetainedTable, Long> pruned = new EnumMap<>(RetainedTable.class);
        for (RetainedTable table : RetainedTable.values()) {
            Optional<Duration> age = settings.age(table);
            if (age.isEmpty()) {
                continue;
            }
            try {
                long deleted = prune(table, now.minus(age.get()));
                pruned.put(table, deleted);
                if (deleted > 0) {
                    LOG.info(() -> "retention: deleted " + deleted + " rows of " + table.table() + " older than "
                            + age.get().toDays() + " days");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "retention: pruning " + table.table() + " failed; the next run tries again", e);
            }
        }
        return pruned;
    }

    private long prune(RetainedTable table, Instant cutoff) {
        int batch = settings.batchSize();
        long total = 0;
        int deleted;
        do {
            deleted = query.deleteOlderThan(table, cutoff, batch);
            total += deleted;
        } while (deleted == batch);
        return total;
    }
}
