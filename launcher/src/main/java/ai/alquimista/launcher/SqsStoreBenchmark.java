package ai.alquimista.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@code ./alquimista bench sqs [messages]}: what keeping messages on disk costs. The same raw send + receive/delete
 * run as {@code bench} against an embedded ElasticMQ in memory, then against one that stores its messages in H2 (a
 * throw-away directory), without Payara.
 */
final class SqsStoreBenchmark {

    private SqsStoreBenchmark() {}

    static int run(String[] args, PrintStream out) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path store = Files.createTempDirectory("alquimista-bench-sqs");
        try {
            double inMemory;
            try (EmbeddedSqsServer server = EmbeddedSqsServer.start("127.0.0.1", freePort())) {
                inMemory = measure(server, Math.min(1000, messages), messages);
            }
            double persistent;
            try (EmbeddedSqsServer server = EmbeddedSqsServer.startPersistent("127.0.0.1", freePort(), store)) {
                persistent = measure(server, Math.min(1000, messages), messages);
            }
            out.printf("%nmessages:                                   %d%n", messages);
            out.printf(
                    "embedded SQS in memory:                     %8.1f messages/s (send + receive/delete)%n", inMemory);
            out.printf("embedded SQS with H2 message storage:       %8.1f messages/s%n", persistent);
            out.printf("persistent / in memory:                     %8.2f%n", persistent / inMemory);
        } finally {
            delete(store);
        }
        return 0;
    }

    private static double measure(EmbeddedSqsServer server, int warmUp, int messages) throws Exception {
        try (SqsClient sqs = SqsClients.forEndpoint(server.endpoint(), EmbeddedSqsServer.REGION, true)) {
            Benchmark.raw(sqs, warmUp);
            return Benchmark.raw(sqs, messages);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
