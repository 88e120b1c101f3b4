package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.users.entity.Role;
import java.util.UUID;

/** Who is calling, from a verified token: every query is scoped to {@link #tenantId()}. */
public record Caller(UUID userId, UUID tenantId, String email, Role role, String ipAddress, String userAgent) {}
