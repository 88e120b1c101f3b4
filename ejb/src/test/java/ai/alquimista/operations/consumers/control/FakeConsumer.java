package ai.alquimista.operations.consumers.control;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * A consumer as the resource adapter would publish it, registered on the platform MBean server under the adapter's
 * name; each test sets what it needs and unregisters it afterwards.
 */
public final class FakeConsumer implements FakeConsumerMBean, AutoCloseable {

    private final String queue;
    private final ObjectName name;
    int sessions = 2;
    int liveSessions = 2;
    long lastPollEpochMillis;
    long restarts;
    boolean gateOpen = true;
    int inFlight;
    long deadLettered;

    private FakeConsumer(String queue) throws JMException {
        this.queue = queue;
        this.name = new ObjectName(ConsumerMBeans.DOMAIN + ":type=Consumer,queue=" + queue);
    }

    /** A healthy consumer of the queue that polled at {@code lastPoll}, registered. */
    static FakeConsumer polling(String queue, Instant lastPoll) {
        try {
            FakeConsumer consumer = new FakeConsumer(queue);
            consumer.lastPollEpochMillis = lastPoll.toEpochMilli();
            ManagementFactory.getPlatformMBeanServer().registerMBean(consumer, consumer.name);
            return consumer;
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws JMException {
        ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
    }

    @Override
    public String getQueue() {
        return queue;
    }

    @Override
    public int getSessions() {
        return sessions;
    }

    @Override
    public int getLiveSessions() {
        return liveSessions;
    }

    @Override
    public long getLastPollEpochMillis() {
        return lastPollEpochMillis;
    }

    @Override
    public long getRestarts() {
        return restarts;
    }

    @Override
    public boolean isGateOpen() {
        return gateOpen;
    }

    @Override
    public int getInFlight() {
        return inFlight;
    }

    @Override
    public long getDeadLettered() {
        return deadLettered;
    }
}
