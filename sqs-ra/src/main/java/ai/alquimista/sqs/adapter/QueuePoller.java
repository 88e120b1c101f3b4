package ai.alquimista.sqs.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * One message-driven bean activation: {@code maxSessions} session threads reading one SQS queue,
 * supervised (a thread that dies is restarted), its state published as a {@link ConsumerMXBean}.
 */
final class QueuePoller implements ConsumerMXBean {

    private static final Logger LOG = Logger.getLogger(QueuePoller.class.getName());
    private static final long RESTART_DELAY_MS = 1_000;

    private final MessageEndpointFactory factory;
    private final ConsumerSettings settings;
    private final AdapterServices services;
    private final SessionWorker[] workers;
    private final Thread[] threads;
    private final AtomicLong lastPoll = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ObjectName name;
    private volatile boolean running;
    private volatile QueueInfo queue;
    private SqsClient sqs;

    QueuePoller(MessageEndpointFactory factory, ConsumerSettings settings, AdapterServices services) {
        this.factory = factory;
        this.settings = settings;
        this.services = services;
        this.workers = new SessionWorker[settings.maxSessions()];
        this.threads = new Thread[settings.maxSessions()];
        this.name = objectName(settings.logicalQueue());
    }

    static ObjectName objectName(String logicalQueue) {
        try {
            return new ObjectName(DOMAIN + ":type=Consumer,queue=" + logicalQueue);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("queue name not usable in JMX: " + logicalQueue, e);
        }
    }

    void start() throws ResourceException {
        sqs = client(settings);
        register();
        synchronized (this) {
            running = true;
            for (int i = 0; i < workers.length; i++) {
                launch(i);
            }
        }
        LOG.info(() -> "consuming " + settings.queueName() + " with " + settings.maxSessions() + " sessions");
    }

    void stop() {
        synchronized (this) {
            running = false;
            Arrays.stream(workers).forEach(SessionWorker::stop);
        }
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(ConsumerSettings.LONG_POLL_CAP_SECONDS + 7));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        unregister();
        sqs.close();
        LOG.info(() -> "stopped consuming " + settings.queueName());
    }

    private synchronized void launch(int index) {
        if (!running) {
            return;
        }
        SessionWorker worker = new SessionWorker(this, factory);
        Thread thread = new Thread(() -> supervise(worker, index), "sqs-" + settings.logicalQueue() + "-" + index);
        thread.setDaemon(true);
        workers[index] = worker;
        threads[index] = thread;
        thread.start();
    }

    /** A session whose loop ends with an Error or an unexpected exception is started again. */
    @SuppressWarnings("java:S1181") // a dying session thread is exactly what supervision is for
    private void supervise(SessionWorker worker, int index) {
        try {
            worker.run();
        } catch (Throwable death) {
            if (!running) {
                LOG.log(
                        Level.WARNING,
                        "session " + index + " of " + settings.queueName() + " ended while stopping",
                        death);
                return;
            }
            long count = restarts.incrementAndGet();
            LOG.log(
                    Level.SEVERE,
                    "session " + index + " of " + settings.queueName() + " died; restarting it in " + RESTART_DELAY_MS
                            + " ms (restart " + count + " of this consumer)",
                    death);
            services.scheduler().schedule(() -> launch(index), RESTART_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** The queue, its visibility timeout and redrive policy, read once (the application may create it after activation). */
    QueueInfo queue() {
        QueueInfo known = queue;
        if (known == null) {
            synchronized (this) {
                if (queue == null) {
                    queue = QueueInfo.read(sqs, settings.queueName());
                }
                known = queue;
            }
        }
        return known;
    }

    SqsClient sqs() {
        return sqs;
    }

    ConsumerSettings settings() {
        return settings;
    }

    AdapterServices services() {
        return services;
    }

    void polled() {
        lastPoll.accumulateAndGet(services.clock().millis(), Math::max);
    }

    void inFlight(int delta) {
        inFlight.addAndGet(delta);
    }

    void deadLettered() {
        deadLettered.incrementAndGet();
    }

    @Override
    public String getQueue() {
        return settings.logicalQueue();
    }

    @Override
    public int getSessions() {
        return settings.maxSessions();
    }

    @Override
    public synchronized int getLiveSessions() {
        return (int)
                Arrays.stream(threads).filter(t -> t != null && t.isAlive()).count();
    }

    @Override
    public long getLastPollEpochMillis() {
        return lastPoll.get();
    }

    @Override
    public long getRestarts() {
        return restarts.get();
    }

    @Override
    public boolean isGateOpen() {
        return services.gate().isOpen();
    }

    @Override
    public int getInFlight() {
        return inFlight.get();
    }

    @Override
    public long getDeadLettered() {
        return deadLettered.get();
    }

    private void register() throws ResourceException {
        try {
            StandardMBean bean = new StandardMBean(this, ConsumerMXBean.class, true);
            try {
                services.mbeans().registerMBean(bean, name);
            } catch (InstanceAlreadyExistsException e) {
                // left behind by an activation of the same queue that was never deactivated: this one replaces it
                LOG.warning(() -> name + " was still registered; replacing it");
                services.mbeans().unregisterMBean(name);
                services.mbeans().registerMBean(bean, name);
            }
        } catch (JMException e) {
            throw new ResourceException("cannot register " + name, e);
        }
    }

    private void unregister() {
        try {
            services.mbeans().unregisterMBean(name);
        } catch (InstanceNotFoundException e) {
            LOG.log(Level.FINE, name + " was not registered", e);
        } catch (JMException e) {
            LOG.log(Level.WARNING, "cannot unregister " + name, e);
        }
    }

    private static SqsClient client(ConsumerSettings settings) {
        SqsClientBuilder builder = SqsClient.builder().region(Region.of(settings.region()));
        settings.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        // always the default chain: the launcher gives the embedded endpoint its credentials through the environment
        return builder.credentialsProvider(DefaultCredentialsProvider.create()).build();
    }
}
