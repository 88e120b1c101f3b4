package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.auth.LocalSettings;
import ai.alquimista.platform.auth.SigningKeys;
import ai.alquimista.platform.auth.TokenClaims;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells MicroProfile JWT to trust the local issuer: its public key (generated at first start) and
 * its issuer name. Environment variables outrank it (ordinal 120), so pointing
 * {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} and {@code MP_JWT_VERIFY_ISSUER} at a Cognito user pool,
 * and setting {@code ALQUIMISTA_AUTH_LOCAL_ISSUER=false} (or the system property
 * {@code alquimista.auth.local-issuer}), switches to Cognito with no code change.
 */
public class LocalIssuerConfigSource implements ConfigSource {

    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    private static final String ISSUER = "mp.jwt.verify.issuer";

    private volatile Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = load();
        }
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String name) {
        return PUBLIC_KEY.equals(name) || ISSUER.equals(name) ? getProperties().get(name) : null;
    }

    @Override
    public String getName() {
        return "alquimista-local-token-issuer";
    }

    @Override
    public int getOrdinal() {
        return 120;
    }

    private static Map<String, String> load() {
        String enabled = LocalSettings.setting("alquimista.auth.local-issuer");
        if (enabled != null && enabled.trim().toLowerCase(Locale.ROOT).equals("false")) {
            return Map.of();
        }
        var keys = SigningKeys.loadOrCreate(SigningKeys.defaultDirectory());
        return Map.of(PUBLIC_KEY, SigningKeys.publicKeyPem(keys.getPublic()), ISSUER, TokenClaims.LOCAL_ISSUER);
    }
}
