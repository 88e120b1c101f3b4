package ai.alquimista.platform.auth.control;

import ai.alquimista.platform.auth.SigningKeys;
import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The local token issuer: RS256 tokens with the same claims a Cognito user pool puts in its ID
 * tokens, verified by MicroProfile JWT exactly as Cognito's would be, plus the session they belong to
 * ({@code sid}): a token is honoured only while its session is open.
 */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = TokenClaims.LOCAL_ISSUER)
    String issuer;

    /** The audience MicroProfile JWT is pinned to ({@code mp.jwt.verify.audiences}). */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = TokenClaims.AUDIENCE)
    String audience;

    @Inject
    @ConfigProperty(name = "alquimista.auth.token-minutes", defaultValue = "60")
    int tokenMinutes;

    private KeyPair keys;

    @PostConstruct
    void loadKeys() {
        keys = SigningKeys.loadOrCreate(SigningKeys.defaultDirectory());
    }

    public Duration lifetime() {
        return Duration.ofMinutes(tokenMinutes);
    }

    public String issue(User user, Tenant tenant, UUID sessionId) {
        JwtClaims claims = claims(user.getId().toString(), sessionId);
        claims.setClaim("upn", user.getEmail());
        claims.setClaim("email", user.getEmail());
        if (user.getNome() != null) {
            claims.setClaim("name", user.getNome());
        }
        claims.setStringListClaim("groups", TokenClaims.groups(user.getRole()));
        claims.setClaim(TokenClaims.TENANT_ID, tenant.getId().toString());
        claims.setClaim(TokenClaims.COMPANY_NAME, tenant.getCompanyName());
        claims.setClaim(TokenClaims.USER_ROLE, user.getRole().name());
        return sign(claims);
    }

    /** An operator's token has the operator group and no tenant: tenant endpoints refuse it. */
    public String issue(Operator operator, UUID sessionId) {
        JwtClaims claims = claims(operator.getId().toString(), sessionId);
        claims.setClaim("upn", operator.getEmail());
        claims.setClaim("email", operator.getEmail());
        claims.setStringListClaim("groups", Operator.ROLE);
        claims.setClaim(TokenClaims.USER_ROLE, Operator.ROLE);
        return sign(claims);
    }

    private JwtClaims claims(String subject, UUID sessionId) {
        JwtClaims claims = new JwtClaims();
        long now = clock.instant().getEpochSecond();
        claims.setIssuer(issuer);
        claims.setAudience(audience.split(",")[0].trim());
        claims.setSubject(subject);
        claims.setClaim(TokenClaims.SESSION_ID, sessionId.toString());
        claims.setGeneratedJwtId();
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + lifetime().toSeconds()));
        return claims;
    }

    /**
     * A token that names the platform-operator role and a tenant is refused wherever the caller is resolved: never
     * mint one, whatever a caller of this class passes.
     */
    static JwtClaims checked(JwtClaims claims) {
        boolean operator;
        try {
            operator = claims.hasClaim("groups")
                            && claims.getStringListClaimValue("groups").contains(Operator.ROLE)
                    || Operator.ROLE.equals(claims.getClaimValue(TokenClaims.USER_ROLE));
        } catch (MalformedClaimException e) {
            throw new IllegalStateException("cannot read the groups of a token about to be signed", e);
        }
        if (operator && claims.hasClaim(TokenClaims.TENANT_ID)) {
            throw new IllegalStateException(
                    "a token naming the " + Operator.ROLE + " role and a tenant is never issued");
        }
        return claims;
    }

    private String sign(JwtClaims claims) {
        checked(claims);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }
}
