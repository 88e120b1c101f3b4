package ai.alquimista.sqs.adapter;

import jakarta.jms.MessageListener;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

/**
 * Activation properties of a message-driven bean. Only {@code queue} (the logical queue name, for
 * example {@code recebimento}) is required; the rest falls back to the environment, see
 * {@link ConsumerSettings}.
 */
@Activation(messageListeners = MessageListener.class)
public class SqsActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;
    private String queue;
    private Integer maxSessions = 2;
    private Integer prefetch = 4;
    private String environment;
    private String endpoint;
    private String region;
    private Integer redeliveryDelaySeconds;

    @Override
    public void validate() throws InvalidPropertyException {
        if (queue == null || queue.isBlank()) {
            throw new InvalidPropertyException("activation property 'queue' is required");
        }
        if (maxSessions == null || maxSessions < 1) {
            throw new InvalidPropertyException("activation property 'maxSessions' must be at least 1");
        }
        if (prefetch == null || prefetch < 1 || prefetch > 10) {
            throw new InvalidPropertyException("activation property 'prefetch' must be between 1 and 10");
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public Integer getMaxSessions() {
        return maxSessions;
    }

    public void setMaxSessions(Integer maxSessions) {
        this.maxSessions = maxSessions;
    }

    public Integer getPrefetch() {
        return prefetch;
    }

    public void setPrefetch(Integer prefetch) {
        this.prefetch = prefetch;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getRedeliveryDelaySeconds() {
        return redeliveryDelaySeconds;
    }

    public void setRedeliveryDelaySeconds(Integer redeliveryDelaySeconds) {
        this.redeliveryDelaySeconds = redeliveryDelaySeconds;
    }
}
