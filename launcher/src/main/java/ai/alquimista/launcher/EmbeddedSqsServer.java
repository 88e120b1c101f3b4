package ai.alquimista.launcher;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.elasticmq.server.ElasticMQServer;
import org.elasticmq.server.config.ElasticMQServerConfig;
import scala.Function0;

/**
 * ElasticMQ, an SQS-compatible server, in this JVM. {@link #start} keeps queues in memory (the integration tests);
 * {@link #startPersistent} keeps queues (with their redrive policies and visibility timeouts) and messages (with
 * their receive counts and visibility) in an H2 database under a directory, so a restart loses nothing in flight.
 */
public final class EmbeddedSqsServer implements AutoCloseable {

    static final String REGION = "us-east-1";
    private static final Duration RESTORE_TIMEOUT = Duration.ofSeconds(60);

    /**
     * ElasticMQ opens its message store through a JVM-wide connection pool that is set up once: a second
     * persistent server in the same JVM must use the same database, or it would silently write to the first one.
     */
    private static final AtomicReference<String> STORE_OF_THIS_JVM = new AtomicReference<>();

    private final Runnable shutdown;
    private final String endpoint;

    private EmbeddedSqsServer(Runnable shutdown, String endpoint) {
        this.shutdown = shutdown;
        this.endpoint = endpoint;
    }

    /** Queues and messages in memory only: gone when the server stops. */
    public static EmbeddedSqsServer start(String host, int port) {
        return start(host, port, Optional.empty());
    }

    /**
     * Queues and messages in {@code directory/elasticmq} (H2), restored before this method returns: the store answers
     * the restore once every queue has its messages back ({@link PersistentElasticMq}), so the application never
     * creates a queue that is being restored.
     */
    public static EmbeddedSqsServer startPersistent(String host, int port, Path directory) throws IOException {
        Files.createDirectories(directory);
        String uri = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("elasticmq");
        if (!STORE_OF_THIS_JVM.compareAndSet(null, uri)
                && !STORE_OF_THIS_JVM.get().equals(uri)) {
            throw new IllegalStateException("this JVM already keeps SQS messages in " + STORE_OF_THIS_JVM.get()
                    + "; ElasticMQ cannot switch to " + uri + " without a restart");
        }
        return start(host, port, Optional.of(uri));
    }

    private static EmbeddedSqsServer start(String host, int port, Optional<String> store) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("node-address.protocol", "http");
        settings.put("node-address.host", host);
        settings.put("node-address.port", port);
        settings.put("node-address.context-path", "");
        settings.put("rest-sqs.enabled", true);
        settings.put("rest-sqs.bind-hostname", host);
        settings.put("rest-sqs.bind-port", port);
        settings.put("rest-stats.enabled", false);
        settings.put("aws.region", REGION);
        settings.put("queues-storage.enabled", false);
        settings.put("messages-storage.enabled", store.isPresent());
        store.ifPresent(uri -> {
            settings.put("messages-storage.driver-class", "org.h2.Driver");
            settings.put("messages-storage.uri", uri);
            settings.put("messages-storage.prune-data-on-init", false);
        });
        Config config = ConfigFactory.parseMap(settings).withFallback(ConfigFactory.load());
        ElasticMQServerConfig serverConfig = new ElasticMQServerConfig(config);
        Runnable shutdown;
        if (store.isPresent()) {
            shutdown = PersistentElasticMq.start(serverConfig, RESTORE_TIMEOUT)::stop;
        } else {
            Function0<?> stop = new ElasticMQServer(serverConfig).start();
            shutdown = stop::apply;
        }
        return new EmbeddedSqsServer(shutdown, "http://" + host + ":" + port);
    }

    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        shutdown.run();
    }
}
