package ai.alquimista.sqs.adapter;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the server is going down. While Payara stops (SIGTERM from an operator or from ECS), the EJB container is
 * torn down around deliveries still running; they fail for no fault of their message (a ClassCastException inside the
 * container, an endpoint already released), and such failures must cost the message no receive.
 */
final class ShutdownSignal {

    private static final AtomicBoolean registered = new AtomicBoolean();
    private static volatile boolean started;

    private ShutdownSignal() {}

    /**
     * Adds the JVM shutdown hook that raises the signal, once however often it is called: the adapter calls it when
     * it starts, so the hook is in place before any shutdown. Called while the JVM is already going down, it raises
     * the signal at once.
     */
    static void register() {
        if (!registered.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started = true, "sqs-ra-shutdown-signal"));
        } catch (IllegalStateException shutdownInProgress) {
            started = true;
        }
    }

    static boolean started() {
        return started;
    }
}
