package ai.alquimista.security;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Raised rate limits (requests per tenant and address, sign-in attempts per address and account) for one Arquillian
 * deployment. Every IT class shares the environment web/pom.xml sets, where
 * the tenant limit is low so PlatformIT sees its 429; a class that sends far more (the hostile suite, the browser
 * tests' polling) adds this jar to its copy of the WAR: its {@code microprofile-config.properties} has ordinal 500,
 * above the environment's 300, and holds for that deployment only.
 */
public final class RaisedLimits {

    static final String PROPERTIES = """
            config_ordinal=500
            alquimista.ratelimit.tenant-requests=1000000
            alquimista.ratelimit.ip-requests=1000000
            alquimista.auth.ip-attempts=1000000
            alquimista.auth.account-attempts=1000000
            """;

    private RaisedLimits() {}

    public static WebArchive onto(WebArchive war) {
        return war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "raised-rate-limits.jar")
                .addAsManifestResource(new StringAsset(PROPERTIES), "microprofile-config.properties"));
    }
}
