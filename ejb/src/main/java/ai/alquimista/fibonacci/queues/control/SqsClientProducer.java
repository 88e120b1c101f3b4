package ai.alquimista.fibonacci.queues.control;

import ai.alquimista.fibonacci.queues.boundary.SqsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/** One thread-safe SQS client for the application (sending, provisioning, operations). */
@ApplicationScoped
public class SqsClientProducer {

    @Inject
    SqsSettings settings;

    @Produces
    @ApplicationScoped
    SqsClient sqsClient() {
        SqsClientBuilder builder = SqsClient.builder()
                .region(Region.of(settings.region()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(20))
                        .build());
        settings.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        // never built-in credentials: the launcher gives the embedded endpoint its own through the environment
        return builder.credentialsProvider(DefaultCredentialsProvider.create()).build();
    }

    void close(@Disposes SqsClient client) {
        client.close();
    }
}
