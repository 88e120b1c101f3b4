package ai.alquimista.fibonacci.consumers.boundary;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.Message;

/**
 * Around a message-driven bean: keeps the reason of a failed delivery, then rethrows so the
 * transaction rolls back and SQS redelivers (and, after 3 receives, dead-letters) the message.
 */
public class FailureRecording {

    @Inject
    MessageFailures failures;

    @AroundInvoke
    public Object recordFailure(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (Exception e) {
            if (context.getTarget() instanceof QueueConsumer consumer
                    && context.getParameters().length == 1
                    && context.getParameters()[0] instanceof Message message) {
                try {
                    failures.record(consumer.queue().logicalName(), message, e);
                } catch (Exception recordingFailed) {
                    e.addSuppressed(recordingFailed);
                }
            }
            throw e;
        }
    }
}
