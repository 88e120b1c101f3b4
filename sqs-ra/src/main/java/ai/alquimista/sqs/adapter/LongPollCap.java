package ai.alquimista.sqs.adapter;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/**
 * The SQS JMS library long-polls for 20 s and closing a consumer waits for that poll, so undeploy
 * would take 20 s or more; a shorter poll keeps shutdown within a few seconds.
 */
final class LongPollCap implements ExecutionInterceptor {

    private final int capSeconds;

    LongPollCap(int capSeconds) {
        this.capSeconds = capSeconds;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (context.request() instanceof ReceiveMessageRequest receive
                && receive.waitTimeSeconds() != null
                && receive.waitTimeSeconds() > capSeconds) {
            return receive.toBuilder().waitTimeSeconds(capSeconds).build();
        }
        return context.request();
    }
}
