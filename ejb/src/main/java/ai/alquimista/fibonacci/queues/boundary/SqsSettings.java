package ai.alquimista.fibonacci.queues.boundary;

import ai.alquimista.fibonacci.queues.QueueAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where SQS is and how queues are named; environment variables override (ALQUIMISTA_SQS_ENDPOINT, ...). */
@ApplicationScoped
public class SqsSettings {

    @Inject
    @ConfigProperty(name = "alquimista.env", defaultValue = "local")
    String environment;

    @Inject
    @ConfigProperty(name = "alquimista.sqs.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "alquimista.sqs.region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "alquimista.sqs.create-missing-queues", defaultValue = "true")
    boolean createMissingQueues;

    public String environment() {
        return environment;
    }

    public Optional<String> endpoint() {
        return endpoint.filter(value -> !value.isBlank());
    }

    public String region() {
        return region;
    }

    public boolean createMissingQueues() {
        return createMissingQueues;
    }

    public String physicalName(QueueAddress address) {
        return address.physicalName(environment);
    }
}
