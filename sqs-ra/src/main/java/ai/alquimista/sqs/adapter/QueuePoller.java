package ai.alquimista.sqs.adapter;

import com.amazon.sqs.javamessaging.ProviderConfiguration;
import com.amazon.sqs.javamessaging.SQSConnection;
import com.amazon.sqs.javamessaging.SQSConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/** One message-driven bean activation: one SQS JMS connection and {@code maxSessions} workers. */
final class QueuePoller {

    private static final Logger LOG = Logger.getLogger(QueuePoller.class.getName());

    private final MessageEndpointFactory factory;
    private final ConsumerSettings settings;
    private final List<SessionWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private SqsClient sqs;
    private SQSConnection connection;

    QueuePoller(MessageEndpointFactory factory, ConsumerSettings settings) {
        this.factory = factory;
        this.settings = settings;
    }

    void start() throws ResourceException {
        sqs = client(settings);
        try {
            connection = new SQSConnectionFactory(
                            new ProviderConfiguration().withNumberOfMessagesToPrefetch(settings.prefetch()), sqs)
                    .createConnection();
            connection.start();
        } catch (JMSException e) {
            sqs.close();
            throw new ResourceException("cannot open SQS connection for " + settings.queueName(), e);
        }
        for (int i = 0; i < settings.maxSessions(); i++) {
            SessionWorker worker = new SessionWorker(factory, connection, sqs, settings);
            Thread thread = new Thread(worker, "sqs-" + settings.logicalQueue() + "-" + i);
            thread.setDaemon(true);
            workers.add(worker);
            threads.add(thread);
            thread.start();
        }
        LOG.info(() -> "consuming " + settings.queueName() + " with " + settings.maxSessions() + " sessions");
    }

    void stop() {
        workers.forEach(SessionWorker::stop);
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(ConsumerSettings.LONG_POLL_CAP_SECONDS + 7));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.info(() -> "stopped consuming " + settings.queueName());
        BackgroundClose.run(settings.queueName(), connection::close, sqs::close);
    }

    private static SqsClient client(ConsumerSettings settings) {
        SqsClientBuilder builder = SqsClient.builder()
                .region(Region.of(settings.region()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .addExecutionInterceptor(new LongPollCap(ConsumerSettings.LONG_POLL_CAP_SECONDS))
                        .build());
        settings.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        // always the default chain: the launcher gives the embedded endpoint its credentials through the environment
        return builder.credentialsProvider(DefaultCredentialsProvider.create()).build();
    }
}
