package ai.alquimista.platform.auth.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Duration;

/**
 * A bearer token as sign-in answers it: a user's with its lifetime and the user, a platform operator's with neither.
 */
public record AccessToken(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("token_type") String tokenType,
        @JsonbProperty("expires_in") Long expiresIn,
        SignedInUser user) {

    static AccessToken of(String token, Duration lifetime, SignedInUser user) {
        return new AccessToken(token, "Bearer", lifetime.toSeconds(), user);
    }

    static AccessToken ofOperator(String token) {
        return new AccessToken(token, "Bearer", null, null);
    }
}
