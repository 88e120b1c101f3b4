package ai.alquimista.platform.auth.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The verdicts on bearer tokens that verified, by the token's exact text, each until the token's {@code exp} by the
 * clock given (at most {@link #LONGEST}). Only a valid token's verdict is kept: a refused token is verified again.
 */
final class TokenVerdicts {

    /** The longest a verdict is remembered, whatever the token's own lifetime. */
    static final Duration LONGEST = Duration.ofMinutes(15);

    /** Bounded: a verdict costs a token's text and its claims (a few kB). */
    static final int MOST = 10_000;

    private static final Map<Class<?>, Optional<MethodHandle>> TOKEN_READERS = new ConcurrentHashMap<>();

    private final Clock clock;
    private final Cache<String, CredentialValidationResult> verdicts;

    TokenVerdicts(Clock clock) {
        this.clock = clock;
        this.verdicts = Caffeine.newBuilder()
                .maximumSize(MOST)
                // no pool threads of its own in the container: upkeep runs on the calling request's thread
                .executor(Runnable::run)
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfter(Expiry.<String, CredentialValidationResult>creating((token, verdict) -> lifetime(verdict)))
                .build();
    }

    Optional<CredentialValidationResult> remembered(String token) {
        return Optional.ofNullable(verdicts.getIfPresent(token));
    }

    /** Keeps a valid token's verdict; any other verdict is not kept. */
    void remember(String token, CredentialValidationResult verdict) {
        if (verdict.getStatus() == CredentialValidationResult.Status.VALID
                && verdict.getCallerPrincipal() instanceof JsonWebToken principal
                && principal.getExpirationTime() > 0) {
            verdicts.put(token, verdict);
        }
    }

    private Duration lifetime(CredentialValidationResult verdict) {
        long expires = ((JsonWebToken) verdict.getCallerPrincipal()).getExpirationTime();
        Duration left = Duration.ofSeconds(expires).minusMillis(clock.millis());
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(LONGEST) < 0 ? left : LONGEST;
    }

    /**
     * The compact token a bearer credential carries. MicroProfile JWT's credential is the runtime's own class
     * ({@code SignedJWTCredential}) with a public {@code getSignedJWT()}: read without compiling against Payara's
     * internals. Any other credential carries none.
     */
    static Optional<String> tokenOf(Credential credential) {
        Optional<MethodHandle> reader = TOKEN_READERS.computeIfAbsent(credential.getClass(), TokenVerdicts::reader);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((String) reader.get().invoke(credential));
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the bearer token of " + credential.getClass(), e);
        }
    }

    private static Optional<MethodHandle> reader(Class<?> type) {
        try {
            return Optional.of(MethodHandles.publicLookup()
                    .findVirtual(type, "getSignedJWT", MethodType.methodType(String.class)));
        } catch (NoSuchMethodException | IllegalAccessException notABearerCredential) {
            return Optional.empty();
        }
    }
}
