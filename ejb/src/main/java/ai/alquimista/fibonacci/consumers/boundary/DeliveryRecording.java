package ai.alquimista.fibonacci.consumers.boundary;

import ai.alquimista.fibonacci.consumers.control.AgentLatencies;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.Message;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Around a message-driven bean: counts and times each delivery per agent (MicroProfile Metrics:
 * {@code agent_messages_processed_total}, {@code agent_messages_failed_total},
 * {@code agent_message_seconds}, and the percentiles in seconds of {@link AgentLatencies}) and keeps the reason of a failed delivery, then rethrows so the
 * transaction rolls back and SQS redelivers (and, after 3 receives, dead-letters) the message.
 */
public class DeliveryRecording {

    @Inject
    MessageFailures failures;

    @Inject
    MetricRegistry metrics;

    @Inject
    AgentLatencies latencies;

    @AroundInvoke
    public Object record(InvocationContext context) throws Exception {
        if (!(context.getTarget() instanceof QueueConsumer consumer)) {
            return context.proceed();
        }
        Tag agent = new Tag("agent", consumer.queue().logicalName());
        long started = System.nanoTime();
        try {
            Object result = context.proceed();
            metrics.counter("agent_messages_processed_total", agent).inc();
            return result;
        } catch (Exception e) {
            metrics.counter("agent_messages_failed_total", agent).inc();
            if (context.getParameters().length == 1 && context.getParameters()[0] instanceof Message message) {
                try {
                    failures.record(consumer.queue().logicalName(), message, e);
                } catch (Exception recordingFailed) {
                    e.addSuppressed(recordingFailed);
                }
            }
            throw e;
        } finally {
            long took = System.nanoTime() - started;
            metrics.timer("agent_message_seconds", agent).update(Duration.ofNanos(took));
            latencies.record(consumer.queue().logicalName(), took);
        }
    }
}
