package ai.alquimista.launcher;

import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** ElasticMQ, an SQS-compatible server, in this JVM. Queues live in memory. */
public final class EmbeddedSqsServer implements AutoCloseable {

    private final SQSRestServer server;
    private final String endpoint;

    private EmbeddedSqsServer(SQSRestServer server, String endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    public static EmbeddedSqsServer start(String host, int port) {
        SQSRestServer server = SQSRestServerBuilder.withInterface(host)
                .withPort(port)
                .withServerAddress(new NodeAddress("http", host, port, ""))
                .withAWSRegion("us-east-1")
                .start();
        server.waitUntilStarted();
        return new EmbeddedSqsServer(server, "http://" + host + ":" + port);
    }

    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
