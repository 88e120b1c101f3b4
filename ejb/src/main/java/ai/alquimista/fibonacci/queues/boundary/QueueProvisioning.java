package ai.alquimista.fibonacci.queues.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Makes sure every queue exists when the application starts. If SQS is unreachable the application
 * still starts (readiness reports it) and queues are looked up again on first use.
 */
@Singleton
@Startup
public class QueueProvisioning {

    private static final Logger LOG = Logger.getLogger(QueueProvisioning.class.getName());

    @Inject
    QueueDirectory directory;

    @PostConstruct
    void provision() {
        try {
            directory.provisionAll();
        } catch (SdkException e) {
            LOG.log(
                    Level.WARNING,
                    "SQS unreachable at start; queues will be looked up on first use: " + e.getMessage());
        }
    }
}
