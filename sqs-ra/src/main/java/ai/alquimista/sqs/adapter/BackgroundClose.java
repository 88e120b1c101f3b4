package ai.alquimista.sqs.adapter;

import jakarta.jms.JMSException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closing a session or connection waits for the library's prefetch long poll. Nothing is delivered
 * once a worker has stopped, so the close (which returns prefetched messages to the queue) runs on
 * its own daemon thread and does not hold up undeploy.
 */
final class BackgroundClose {

    private static final Logger LOG = Logger.getLogger(BackgroundClose.class.getName());

    @FunctionalInterface
    interface Closing {
        void close() throws JMSException;
    }

    private BackgroundClose() {}

    static void run(String what, Closing closing, Runnable andThen) {
        Thread closer = new Thread(
                () -> {
                    try {
                        closing.close();
                    } catch (JMSException e) {
                        LOG.log(Level.FINE, "closing " + what, e);
                    } finally {
                        andThen.run();
                    }
                },
                "sqs-close-" + what);
        closer.setDaemon(true);
        closer.start();
    }
}
