package ai.alquimista.platform.auth.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class TokenVerdictsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final MovingClock clock = new MovingClock(NOW);
    private final TokenVerdicts verdicts = new TokenVerdicts(clock);

    @Test
    void aTokenThatVerifiedIsNotVerifiedAgainUntilItExpires() {
        CredentialValidationResult verdict = valid(NOW.plus(Duration.ofMinutes(5)));
        verdicts.remember("token-a", verdict);

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(verdicts.remembered("token-a")).containsSame(verdict);

        clock.advance(Duration.ofSeconds(1));
        assertThat(verdicts.remembered("token-a")).isEmpty();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterFifteenMinutes() {
        verdicts.remember("token-a", valid(NOW.plus(Duration.ofHours(8))));

        clock.advance(TokenVerdicts.LONGEST);

        assertThat(verdicts.remembered("token-a")).isEmpty();
    }

    @Test
    void aRefusedOrExpiredTokenIsNeverRemembered() {
        verdicts.remember("forged", CredentialValidationResult.INVALID_RESULT);
        verdicts.remember("not-a-jwt", CredentialValidationResult.NOT_VALIDATED_RESULT);
        verdicts.remember("expired", valid(NOW.minusSeconds(1)));

        assertThat(verdicts.remembered("forged")).isEmpty();
        assertThat(verdicts.remembered("not-a-jwt")).isEmpty();
        assertThat(verdicts.remembered("expired")).isEmpty();
    }

    @Test
    void onlyTheExactTokenTextFindsAVerdict() {
        verdicts.remember("header.payload.signature", valid(NOW.plus(Duration.ofMinutes(5))));

        assertThat(verdicts.remembered("header.payload.signaturf")).isEmpty();
        assertThat(verdicts.remembered("header.payload.signature ")).isEmpty();
    }

    @Test
    void theBearerTokenIsReadFromMicroProfileJwtsCredentialAndFromNoOther() {
        assertThat(TokenVerdicts.tokenOf(new SignedJWTCredential("h.p.s"))).contains("h.p.s");
        assertThat(TokenVerdicts.tokenOf(new UsernamePasswordCredential("ana", "secret")))
                .isEmpty();
    }

    private static CredentialValidationResult valid(Instant expires) {
        return new CredentialValidationResult(new Token(expires), Set.of("admin"));
    }

    /** The shape of Payara's credential: a public class with a public {@code getSignedJWT()}. */
    public static final class SignedJWTCredential implements Credential {
        private final String signedJWT;

        SignedJWTCredential(String signedJWT) {
            this.signedJWT = signedJWT;
        }

        public String getSignedJWT() {
            return signedJWT;
        }
    }

    private static final class Token extends CallerPrincipal implements JsonWebToken {
        private final Instant expires;

        Token(Instant expires) {
            super("ana@cliente.com.br");
            this.expires = expires;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return "exp".equals(name) ? (T) Long.valueOf(expires.getEpochSecond()) : null;
        }
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
