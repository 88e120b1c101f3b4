package ai.alquimista.sqs.adapter;

/**
 * What one message-driven bean activation is doing, on the platform MBean server as
 * {@code ai.alquimista.sqs:type=Consumer,queue=<logical queue>}. The application's readiness check
 * reads these attribute names through JMX (it shares no classes with the adapter): {@code Queue},
 * {@code Sessions}, {@code LiveSessions}, {@code LastPollEpochMillis}, {@code Restarts},
 * {@code GateOpen}, {@code InFlight}, {@code DeadLettered}.
 */
public interface ConsumerMXBean {

    String DOMAIN = "ai.alquimista.sqs";

    /** The logical queue, e.g. {@code recebimento}. */
    String getQueue();

    /** Sessions configured ({@code maxSessions}). */
    int getSessions();

    /** Session threads alive now; fewer than {@link #getSessions()} while a dead one waits for its restart. */
    int getLiveSessions();

    /** When the newest receive call of any session returned (epoch millis; 0 before the first). */
    long getLastPollEpochMillis();

    /** Session threads restarted after dying. */
    long getRestarts();

    /** False while the adapter's infrastructure gate is closed (the database is unreachable): nothing is received. */
    boolean isGateOpen();

    /** Messages received and not yet acknowledged, handed back or dead-lettered. */
    int getInFlight();

    /** Messages the adapter moved to the dead-letter queue with their failure reason. */
    long getDeadLettered();
}
