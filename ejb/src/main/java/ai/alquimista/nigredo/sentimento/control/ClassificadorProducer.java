package ai.alquimista.nigredo.sentimento.control;

import ai.alquimista.nigredo.sentimento.Classificador;
import ai.alquimista.nigredo.sentimento.ClassificadorPtBr;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.comprehend.ComprehendClient;
import software.amazon.awssdk.services.comprehend.ComprehendClientBuilder;

/**
 * The application's {@link Classificador}, chosen by {@code alquimista.sentimento.provider}: {@code embedded}
 * (default, offline) or {@code comprehend} (Amazon Comprehend, region and endpoint from {@link SentimentoSettings},
 * credentials from the default AWS chain). Any other value fails the first use, naming the setting.
 */
@ApplicationScoped
public class ClassificadorProducer {

    private static final Logger LOG = Logger.getLogger(ClassificadorProducer.class.getName());

    @Inject
    SentimentoSettings settings;

    private ComprehendClient comprehend;

    @Produces
    @ApplicationScoped
    Classificador classificador() {
        String provider = settings.provider();
        ClassificadorPtBr embutido = new ClassificadorPtBr();
        switch (provider) {
            case SentimentoSettings.EMBEDDED -> {
                LOG.info("Sentimento classifies with the embedded pt-BR classifier");
                return embutido;
            }
            case SentimentoSettings.COMPREHEND -> {
                comprehend = comprehendClient(settings, DefaultCredentialsProvider.create());
                LOG.info(() -> "Sentimento classifies with Amazon Comprehend in " + settings.comprehendRegion()
                        + settings.comprehendEndpoint().map(e -> " at " + e).orElse(""));
                return new ComprehendClassificador(comprehend, embutido);
            }
            default ->
                throw new IllegalStateException("alquimista.sentimento.provider must be " + SentimentoSettings.EMBEDDED
                        + " or " + SentimentoSettings.COMPREHEND + ", not '" + provider + "'");
        }
    }

    /** A Comprehend client as the settings describe it: one retry, a bounded call (Atendimento waits for it). */
    public static ComprehendClient comprehendClient(SentimentoSettings settings, AwsCredentialsProvider credentials) {
        ComprehendClientBuilder builder = ComprehendClient.builder()
                .region(Region.of(settings.comprehendRegion()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(settings.comprehendTimeoutSeconds()))
                        .retryStrategy(retry -> retry.maxAttempts(2))
                        .build());
        settings.comprehendEndpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        return builder.credentialsProvider(credentials).build();
    }

    @PreDestroy
    void close() {
        if (comprehend != null) {
            comprehend.close();
        }
    }
}
