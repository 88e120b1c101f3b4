package ai.alquimista.platform.sessions.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each instance knows of sessions without asking PostgreSQL, in JCache on Payara's data grid, so every
 * instance sees a revocation at once: open sessions for a minute (a safety net for changes made straight in the
 * database), revoked ones for as long as a token lives. A revocation is written to both the database and here.
 */
@ApplicationScoped
public class SessionCache {

    private static final String OPEN = "alquimista-sessions-open";
    private static final String REVOKED = "alquimista-sessions-revoked";

    @Inject
    CacheManager caches;

    @Inject
    @ConfigProperty(name = "alquimista.auth.token-minutes", defaultValue = "60")
    int tokenMinutes;

    @Inject
    @ConfigProperty(name = "alquimista.auth.session-cache-seconds", defaultValue = "60")
    int openSeconds;

    private Cache<String, Boolean> open;
    private Cache<String, Boolean> revoked;

    @PostConstruct
    void create() {
        open = cache(OPEN, new Duration(TimeUnit.SECONDS, openSeconds));
        revoked = cache(REVOKED, new Duration(TimeUnit.MINUTES, tokenMinutes + 5L));
    }

    /** Known to be open (true), known to be revoked (false), or unknown here (null). */
    public Boolean state(String key) {
        if (revoked.containsKey(key)) {
            return false;
        }
        return open.containsKey(key) ? true : null;
    }

    public void rememberOpen(String key) {
        open.put(key, Boolean.TRUE);
    }

    public void rememberRevoked(Collection<String> keys) {
        for (String key : keys) {
            revoked.put(key, Boolean.TRUE);
            open.remove(key);
        }
    }

    /** A tenant made active again: its earlier suspension no longer refuses its (new) tokens. */
    public void forget(String key) {
        revoked.remove(key);
        open.remove(key);
    }

    private Cache<String, Boolean> cache(String name, Duration expiry) {
        Cache<String, Boolean> existing = caches.getCache(name, String.class, Boolean.class);
        if (existing != null) {
            return existing;
        }
        MutableConfiguration<String, Boolean> configuration = new MutableConfiguration<String, Boolean>()
                .setTypes(String.class, Boolean.class)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(expiry))
                .setStatisticsEnabled(false);
        try {
            return caches.createCache(name, configuration);
        } catch (javax.cache.CacheException createdMeanwhile) {
            // another instance of the grid created it between our look-up and creation
            return caches.getCache(name, String.class, Boolean.class);
        }
    }
}
