package ai.alquimista.platform.audit.boundary;

import ai.alquimista.platform.audit.entity.AuditLog;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.json.JsonAnswers;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
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

    public JsonObject page(Caller caller, Filter filter, int page, int size) {
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
        JsonArrayBuilder list = Json.createArrayBuilder();
        items.setFirstResult(page * size).setMaxResults(size).getResultList().forEach(entry -> list.add(view(entry)));
        return JsonAnswers.page(list, page, size, count.getSingleResult());
    }

    private static JsonObject view(AuditLog entry) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", entry.getId().toString())
                .add("action", entry.getAction())
                .add("created_at", entry.getCreatedAt().toString())
                .add("details", entry.getDetails());
        JsonAnswers.optional(json, "user_id", entry.getUserId());
        JsonAnswers.optional(json, "target_type", entry.getTargetType());
        JsonAnswers.optional(json, "target_id", entry.getTargetId());
        JsonAnswers.optional(json, "ip_address", entry.getIpAddress());
        JsonAnswers.optional(json, "user_agent", entry.getUserAgent());
        return json.build();
    }
}
