package ai.alquimista.fibonacci.consumers.boundary;

import ai.alquimista.fibonacci.consumers.control.AgentLatencies;
import ai.alquimista.fibonacci.traces.boundary.HopTiming;
import ai.alquimista.shared.tracing.CorrelationId;
import ai.alquimista.shared.tracing.TraceContext;
import ai.alquimista.shared.tracing.TraceParent;
import ai.alquimista.shared.tracing.Tracing;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
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

    @Inject
    HopTiming timing;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object record(InvocationContext context) throws Exception {
        if (!(context.getTarget() instanceof QueueConsumer consumer)) {
            return context.proceed();
        }
        try (var scope = Tracing.open(delivery(consumer, context))) {
            return deliver(consumer, context);
        }
    }

    private Object deliver(QueueConsumer consumer, InvocationContext context) throws Exception {
        Tag agent = new Tag("agent", consumer.queue().logicalName());
        long started = System.nanoTime();
        try {
            Object result = context.proceed();
            metrics.counter("agent_messages_processed_total", agent).inc();
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                timing.finished(Duration.ofNanos(System.nanoTime() - started));
            }
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
            latencies.record(consumer.queue(), took);
        }
    }

    /**
     * The delivery's ids until its agent reads the stored event ({@link ai.alquimista.fibonacci.traces.boundary
     * .HopRecorder} then takes the event's): the trace the message attributes name, else a new one.
     */
    private static TraceContext delivery(QueueConsumer consumer, InvocationContext context) throws JMSException {
        Optional<UUID> trace = Optional.empty();
        String correlation = null;
        if (context.getParameters().length == 1 && context.getParameters()[0] instanceof Message message) {
            trace = TraceParent.parseId(message.getStringProperty("trace_id"));
            correlation = CorrelationId.ifValid(message.getStringProperty("correlation_id"))
                    .orElse(null);
        }
        return TraceContext.of(trace.orElseGet(UUID::randomUUID), correlation)
                .withAgent(consumer.queue().logicalName());
    }
}
