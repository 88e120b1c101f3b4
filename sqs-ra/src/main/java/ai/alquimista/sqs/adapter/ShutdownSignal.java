package ai.alquimista.sqs.adapter;

/**
 * Whether the server is going down. While Payara stops (SIGTERM from an operator or from ECS), the EJB container is
 * torn down around deliveries still running; they fail for no fault of their message (a ClassCastException inside the
 * container, an endpoint already released), and such failures must cost the message no receive.
 */
final class ShutdownSignal {

    private static volatile boolean started;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started = true, "sqs-ra-shutdown-signal"));
        } catch (IllegalStateException shutdownInProgress) {
            started = true;
        }
    }

    private ShutdownSignal() {}

    /** Registers the hook: called when the adapter starts, so it is in place before any shutdown. */
    static void install() {
        // the static initializer did it
    }

    static boolean started() {
        return started;
    }
}
