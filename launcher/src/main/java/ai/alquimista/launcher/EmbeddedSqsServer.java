package ai.alquimista.launcher;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.elasticmq.server.ElasticMQServer;
import org.elasticmq.server.config.ElasticMQServerConfig;
import scala.Function0;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

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

    /** Queues and messages in {@code directory/elasticmq} (H2), restored before this method returns. */
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
        Map<String, Long> stored = store.map(EmbeddedSqsServer::storedMessages).orElse(Map.of());
        ElasticMQServerConfig serverConfig = new ElasticMQServerConfig(config);
        Runnable shutdown;
        if (store.isPresent()) {
            shutdown = PersistentElasticMq.start(serverConfig, RESTORE_TIMEOUT)::stop;
        } else {
            Function0<?> stop = new ElasticMQServer(serverConfig).start();
            shutdown = stop::apply;
        }
        EmbeddedSqsServer server = new EmbeddedSqsServer(shutdown, "http://" + host + ":" + port);
        try {
            server.awaitRestored(stored);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * ElasticMQ restores stored queues and messages after {@code start()} returns: wait until every stored queue
     * answers with at least its stored messages, so the application never creates a queue that is being restored.
     */
    private void awaitRestored(Map<String, Long> stored) {
        if (stored.isEmpty()) {
            return;
        }
        Instant deadline = Instant.now().plus(RESTORE_TIMEOUT);
        try (SqsClient sqs = SqsClient.builder()
                .region(Region.of(REGION))
                .endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            Map<String, Long> waiting = new LinkedHashMap<>(stored);
            while (!waiting.isEmpty()) {
                waiting.entrySet().removeIf(queue -> messages(sqs, queue.getKey()) >= queue.getValue());
                if (!waiting.isEmpty()) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("ElasticMQ did not restore the queues " + waiting.keySet()
                                + " within " + RESTORE_TIMEOUT.toSeconds() + " s");
                    }
                    sleep();
                }
            }
        }
    }

    /** Visible, in flight and delayed: every message the queue holds; -1 while the queue is not there yet. */
    private static long messages(SqsClient sqs, String queue) {
        Map<QueueAttributeName, String> attributes;
        try {
            String url = sqs.listQueues(r -> r.queueNamePrefix(queue)).queueUrls().stream()
                    .filter(u -> u.endsWith("/" + queue))
                    .findFirst()
                    .orElse(null);
            if (url == null) {
                return -1;
            }
            attributes = sqs.getQueueAttributes(r -> r.queueUrl(url)
                            .attributeNames(
                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
                    .attributes();
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            // not bound yet or the queue is being created: asked again on the next round
            return -1;
        }
        return attributes.values().stream().mapToLong(Long::parseLong).sum();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ElasticMQ restored its queues", e);
        }
    }

    /** Queue name → messages stored for it (ElasticMQ's tables: {@code queue}, {@code message_<name>_<hash>}). */
    private static Map<String, Long> storedMessages(String uri) {
        Map<String, Long> stored = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(uri)) {
            if (!tableExists(db, "QUEUE")) {
                return stored;
            }
            try (PreparedStatement select = db.prepareStatement("SELECT name FROM queue");
                    ResultSet names = select.executeQuery()) {
                while (names.next()) {
                    stored.put(names.getString(1), 0L);
                }
            }
            for (Map.Entry<String, Long> queue : stored.entrySet()) {
                String table = messageTable(queue.getKey());
                if (tableExists(db, table.toUpperCase(java.util.Locale.ROOT))) {
                    try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM " + table);
                            ResultSet result = count.executeQuery()) {
                        result.next();
                        queue.setValue(result.getLong(1));
                    }
                }
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the SQS message store " + uri + ": " + e.getMessage(), e);
        }
    }

    /** The name ElasticMQ's {@code MessageRepository} gives a queue's table. */
    static String messageTable(String queue) {
        return "message_" + queue.replace(".", "_").replace("-", "_") + "_" + Integer.toHexString(queue.hashCode());
    }

    private static boolean tableExists(Connection db, String table) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        shutdown.run();
    }
}
