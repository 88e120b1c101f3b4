package ai.alquimista.spine;

import ai.alquimista.launcher.EmbeddedPostgresServer;
import ai.alquimista.launcher.EmbeddedSqsServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts embedded PostgreSQL and ElasticMQ on the ports Maven reserved, before Arquillian boots
 * Payara Micro (whose environment, set by failsafe, points at them). Once per test JVM.
 */
public class EmbeddedInfrastructure implements BeforeAllCallback {

    private static final String KEY = EmbeddedInfrastructure.class.getName();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (System.getProperty("it.pg.port") == null) {
            return;
        }
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> start(), Running.class);
    }

    private static Running start() {
        try {
            Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "it-pgdata");
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(Integer.getInteger("it.pg.port"), data);
            EmbeddedSqsServer sqs = EmbeddedSqsServer.start("127.0.0.1", Integer.getInteger("it.sqs.port"));
            return new Running(postgres, sqs);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL and SQS", e);
        }
    }

    record Running(EmbeddedPostgresServer postgres, EmbeddedSqsServer sqs)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            sqs.close();
            postgres.close();
        }
    }
}
