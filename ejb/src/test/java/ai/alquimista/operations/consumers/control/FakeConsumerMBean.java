package ai.alquimista.operations.consumers.control;

/** The attributes the SQS resource adapter publishes per consumer, as a standard MBean interface for tests. */
public interface FakeConsumerMBean {

    String getQueue();

    int getSessions();

    int getLiveSessions();

    long getLastPollEpochMillis();

    long getRestarts();

    boolean isGateOpen();

    int getInFlight();

    long getDeadLettered();
}
