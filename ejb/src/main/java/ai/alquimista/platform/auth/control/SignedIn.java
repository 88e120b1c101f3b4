package ai.alquimista.platform.auth.control;

import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.User;
import java.time.Duration;

/** A successful sign-in: the token (naming its session) and who it is for. */
public record SignedIn(String accessToken, Duration lifetime, User user, Tenant tenant) {}
