package ai.alquimista.security;

import ai.alquimista.platform.auth.SigningKeys;
import ai.alquimista.platform.auth.TokenClaims;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Authorization headers no server may honour, made from a genuine token of the victim (tenant A's admin): signed
 * with another RSA key, expired, unsigned ({@code alg=none}), with the payload or the signature tampered, HMAC-signed
 * with the server's public key (algorithm confusion), from another issuer, and plain garbage. Plus tokens signed with
 * the real key whose claims are odd (a subject or tenant that is no UUID, an unknown role): the server must refuse
 * or ignore them, never fail.
 */
final class HostileTokens {

    private HostileTokens() {}

    /** Authorization header values by variant name; every one must be refused with 401 on a secured operation. */
    static Map<String, String> refused(String genuine, UUID user, UUID tenant, UUID otherTenant) {
        KeyPair real = SigningKeys.loadOrCreate(SigningKeys.defaultDirectory());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "token-forged-rsa",
                bearer(sign(
                        claims(user, tenant, 3600, TokenClaims.LOCAL_ISSUER),
                        otherRsaKey(),
                        AlgorithmIdentifiers.RSA_USING_SHA256)));
        headers.put(
                "token-expired",
                bearer(sign(
                        claims(user, tenant, -900, TokenClaims.LOCAL_ISSUER),
                        real.getPrivate(),
                        AlgorithmIdentifiers.RSA_USING_SHA256)));
        headers.put(
                "token-alg-none",
                bearer(sign(claims(user, tenant, 3600, TokenClaims.LOCAL_ISSUER), null, AlgorithmIdentifiers.NONE)));
        headers.put("token-alg-none-genuine-payload", bearer(noneWithPayloadOf(genuine)));
        headers.put("token-tampered-payload", bearer(tamperedPayload(genuine, tenant, otherTenant)));
        headers.put("token-tampered-signature", bearer(tamperedSignature(genuine)));
        headers.put(
                "token-hs256-public-key",
                bearer(sign(
                        claims(user, tenant, 3600, TokenClaims.LOCAL_ISSUER),
                        new HmacKey(SigningKeys.publicKeyPem(real.getPublic()).getBytes(StandardCharsets.US_ASCII)),
                        AlgorithmIdentifiers.HMAC_SHA256)));
        headers.put(
                "token-other-issuer",
                bearer(sign(
                        claims(user, tenant, 3600, "https://evil.example/auth"),
                        real.getPrivate(),
                        AlgorithmIdentifiers.RSA_USING_SHA256)));
        headers.put("token-garbage", "Bearer not.a.token");
        headers.put("token-empty", "Bearer ");
        headers.put(
                "token-basic-scheme",
                "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.US_ASCII)));
        headers.put("token-sql", "Bearer ' OR 1=1--");
        return headers;
    }

    /**
     * Tokens with the real signature, the victim's open session ({@code sid}) and claims the application does not
     * expect — as a Cognito pool could issue them (a custom:user_role nobody mapped): refused or harmless, never 5xx.
     */
    static Map<String, String> oddClaims(String genuine, UUID user, UUID tenant) {
        Key key = SigningKeys.loadOrCreate(SigningKeys.defaultDirectory()).getPrivate();
        String session = sessionOf(genuine);
        Map<String, String> headers = new LinkedHashMap<>();
        java.util.function.Supplier<JwtClaims> base = () -> {
            JwtClaims claims = claims(user, tenant, 3600, TokenClaims.LOCAL_ISSUER);
            if (session != null) {
                claims.setClaim(TokenClaims.SESSION_ID, session);
            }
            return claims;
        };
        JwtClaims notUuidSubject = base.get();
        notUuidSubject.setSubject("' OR 1=1--");
        headers.put(
                "token-claims-subject-not-uuid",
                bearer(sign(notUuidSubject, key, AlgorithmIdentifiers.RSA_USING_SHA256)));
        JwtClaims unknownRole = base.get();
        unknownRole.setClaim(TokenClaims.USER_ROLE, "root");
        headers.put("token-claims-unknown-role", bearer(sign(unknownRole, key, AlgorithmIdentifiers.RSA_USING_SHA256)));
        JwtClaims tenantNotUuid = base.get();
        tenantNotUuid.setClaim(TokenClaims.TENANT_ID, "../../etc/passwd");
        headers.put(
                "token-claims-tenant-not-uuid",
                bearer(sign(tenantNotUuid, key, AlgorithmIdentifiers.RSA_USING_SHA256)));
        JwtClaims noRole = base.get();
        noRole.unsetClaim(TokenClaims.USER_ROLE);
        headers.put("token-claims-no-role", bearer(sign(noRole, key, AlgorithmIdentifiers.RSA_USING_SHA256)));
        // a platform operator's role with a tenant (ours, or a Cognito pool's custom attribute): neither an operator
        // nor that tenant's user, refused with 401 wherever the caller is resolved
        JwtClaims operatorWithTenant = base.get();
        operatorWithTenant.setStringListClaim("groups", "admin", "manager", "operator", "viewer", "platform-operator");
        headers.put(
                "token-claims-operator-with-tenant",
                bearer(sign(operatorWithTenant, key, AlgorithmIdentifiers.RSA_USING_SHA256)));
        JwtClaims operatorWithCognitoTenant = base.get();
        operatorWithCognitoTenant.setStringListClaim("groups", "platform-operator");
        operatorWithCognitoTenant.setClaim(TokenClaims.USER_ROLE, "platform-operator");
        operatorWithCognitoTenant.unsetClaim(TokenClaims.TENANT_ID);
        operatorWithCognitoTenant.setClaim(TokenClaims.COGNITO_PREFIX + TokenClaims.TENANT_ID, tenant.toString());
        headers.put(
                "token-claims-operator-with-cognito-tenant",
                bearer(sign(operatorWithCognitoTenant, key, AlgorithmIdentifiers.RSA_USING_SHA256)));
        JwtClaims nulInClaims = base.get();
        nulInClaims.setClaim("upn", "nul\u0000@hostil.example");
        nulInClaims.setClaim("name", "<img src=x onerror=alert(1)>\u0000");
        headers.put("token-claims-nul", bearer(sign(nulInClaims, key, AlgorithmIdentifiers.RSA_USING_SHA256)));
        return headers;
    }

    /** The genuine token's session id, or null when it names none. */
    static String sessionOf(String genuine) {
        String payload = new String(Base64.getUrlDecoder().decode(genuine.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(payload))) {
            return reader.readObject().getString(TokenClaims.SESSION_ID, null);
        }
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A tenant admin's claims (no operator group: a forged token must be refused for its signature, not its shape). */
    private static JwtClaims claims(UUID user, UUID tenant, int secondsToLive, String issuer) {
        JwtClaims claims = new JwtClaims();
        long now = System.currentTimeMillis() / 1000;
        claims.setIssuer(issuer);
        claims.setAudience(TokenClaims.AUDIENCE);
        claims.setSubject(user.toString());
        claims.setIssuedAt(NumericDate.fromSeconds(now - 1200));
        claims.setExpirationTime(NumericDate.fromSeconds(now + secondsToLive));
        claims.setGeneratedJwtId();
        claims.setClaim("upn", "hostil@alquimista.example");
        claims.setStringListClaim("groups", "admin", "manager", "operator", "viewer");
        claims.setClaim(TokenClaims.TENANT_ID, tenant.toString());
        claims.setClaim(TokenClaims.USER_ROLE, "admin");
        return claims;
    }

    private static String sign(JwtClaims claims, Key key, String algorithm) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(algorithm);
        if (key == null) {
            jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        } else {
            jws.setKey(key);
            if (key instanceof HmacKey) {
                jws.setDoKeyValidation(false);
            }
        }
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Key otherRsaKey() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return rsa.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The genuine token's header says none and the signature is dropped. */
    private static String noneWithPayloadOf(String genuine) {
        String[] parts = genuine.split("\\.");
        String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + parts[1] + ".";
    }

    /** The genuine payload moved to the other tenant, with the platform operator's group, and the old signature. */
    private static String tamperedPayload(String genuine, UUID tenant, UUID otherTenant) {
        String[] parts = genuine.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(tenant.toString(), otherTenant.toString())
                .replace("\"groups\":[", "\"groups\":[\"platform-operator\",");
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    private static String tamperedSignature(String genuine) {
        String[] parts = genuine.split("\\.");
        char[] signature = parts[2].toCharArray();
        for (int i = 0; i < 8; i++) {
            signature[i] = signature[i] == 'A' ? 'B' : 'A';
        }
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
