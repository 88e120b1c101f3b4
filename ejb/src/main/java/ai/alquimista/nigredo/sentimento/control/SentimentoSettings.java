package ai.alquimista.nigredo.sentimento.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which sentiment provider classifies replies, and where Amazon Comprehend is when it is the one; environment
 * variables override (ALQUIMISTA_SENTIMENTO_PROVIDER, ALQUIMISTA_SENTIMENTO_COMPREHEND_ENDPOINT, ...).
 */
@ApplicationScoped
public class SentimentoSettings {

    public static final String EMBEDDED = "embedded";
    public static final String COMPREHEND = "comprehend";

    @Inject
    @ConfigProperty(name = "alquimista.sentimento.provider", defaultValue = EMBEDDED)
    String provider;

    @Inject
    @ConfigProperty(name = "alquimista.sentimento.comprehend.endpoint")
    Optional<String> comprehendEndpoint;

    @Inject
    @ConfigProperty(name = "alquimista.sentimento.comprehend.region", defaultValue = "us-east-1")
    String comprehendRegion;

    @Inject
    @ConfigProperty(name = "alquimista.sentimento.comprehend.timeout-seconds", defaultValue = "5")
    int comprehendTimeoutSeconds;

    /** {@code embedded} or {@code comprehend}, trimmed and in lower case. */
    public String provider() {
        return provider.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<String> comprehendEndpoint() {
        return comprehendEndpoint.filter(value -> !value.isBlank());
    }

    public String comprehendRegion() {
        return comprehendRegion;
    }

    public int comprehendTimeoutSeconds() {
        return comprehendTimeoutSeconds;
    }
}
