package ai.alquimista.platform.audit.boundary;

import ai.alquimista.platform.audit.entity.AuditLog;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.paging.Page;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tenant's audit log, newest first, paged and filtered by action, user and time. */
@Stateless
public class AuditLogs {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    public record Filter(
            Optional<String> action, Optional<UUID> userId, Optional<Instant> from, Optional<Instant> to) {}

    public Page<AuditEntry> page(Caller caller, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE a.tenantId = :tenant");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", caller.tenantId().toString());
        filter.action().ifPresent(action -> {
            where.append(" AND a.action LIKE :action");
            parameters.put("action", action.replace("%", "") + "%");
        });
        filter.userId().ifPresent(user -> {
            where.append(" AND a.userId = :user");
            parameters.put("user", user.toString());
        });
        filter.from().ifPresent(from -> {
            where.append(" AND a.createdAt >= :from");
            parameters.put("from", from);
        });
        filter.to().ifPresent(to -> {
            where.append(" AND a.createdAt < :to");
            parameters.put("to", to);
        });
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditLog a" + where, Long.class);
        TypedQuery<AuditLog> items =
                em.createQuery("SELECT a FROM AuditLog a" + where + " ORDER BY a.createdAt DESC, a.id", AuditLog.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        List<AuditEntry> entries = items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(AuditEntry::of)
                .toList();
        return new Page<>(entries, page, size, count.getSingleResult());
    }
}
