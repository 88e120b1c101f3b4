package ai.alquimista.platform.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Verifies a bearer token once, not on every request: MicroProfile JWT checks the RS256 signature and decodes the
 * token on each call (about a fifth of a lead post's CPU), although a token's verdict only changes when it expires.
 * Whether the session behind a token is still open is not a property of the token: {@link SessionCheck} asks on
 * every request. Counted in {@code auth_token_verdicts_total{source=verified|remembered}}.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class VerifiedTokens implements IdentityStoreHandler {

    @Inject
    @Delegate
    @Any
    IdentityStoreHandler handler;

    @Inject
    Clock clock;

    @Inject
    MetricRegistry metrics;

    private volatile TokenVerdicts verdicts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<String> token = TokenVerdicts.tokenOf(credential);
        if (token.isEmpty()) {
            return handler.validate(credential);
        }
        Optional<CredentialValidationResult> remembered = verdicts().remembered(token.get());
        if (remembered.isPresent()) {
            count("remembered");
            return remembered.get();
        }
        CredentialValidationResult verdict = handler.validate(credential);
        count("verified");
        verdicts().remember(token.get(), verdict);
        return verdict;
    }

    private TokenVerdicts verdicts() {
        TokenVerdicts known = verdicts;
        if (known == null) {
            synchronized (this) {
                if (verdicts == null) {
                    verdicts = new TokenVerdicts(clock);
                }
                known = verdicts;
            }
        }
        return known;
    }

    private void count(String source) {
        metrics.counter("auth_token_verdicts_total", new Tag("source", source)).inc();
    }
}
