package ai.alquimista.platform.auth.control;

import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.User;
import java.time.Duration;

/** A successful sign-in: the token and who it is for. */
public record Session(String accessToken, Duration lifetime, User user, Tenant tenant) {
}
