package ai.alquimista.testing;

import ai.alquimista.platform.agents.boundary.AgentModule;
import ai.alquimista.platform.agents.control.CatalogUpsert;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's schema on a real PostgreSQL for a component test: one embedded server for the whole test run,
 * migrated once by the application's own Liquibase changelog into a template database, and a fresh copy of that
 * template for every test, so tests share nothing and may run in any order. Register it on an instance field:
 *
 * <pre>
 * &#64;RegisterExtension
 * final EmbeddedDatabase database = new EmbeddedDatabase();
 * </pre>
 *
 * {@link #dataSource()} behaves as the container's datasource does: inside {@link #inTransaction} it hands out that
 * transaction's connection (closing it leaves the transaction open), elsewhere a connection of its own in
 * auto-commit. {@link #begin()} opens a transaction held by the test, e.g. to play a second instance.
 */
public final class EmbeddedDatabase implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedDatabase.class);
    private static final AtomicInteger COPIES = new AtomicInteger();

    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    private Server server;
    private String name;
    private PGSimpleDataSource copy;

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        server = server(context);
        name = "test_" + COPIES.incrementAndGet();
        copy = server.copyOfTemplate(name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        server.drop(name);
    }

    /**
     * A copy of the migrated template for a whole test class, on the run's one server: what a fixture that builds its
     * own persistence unit (see {@link JpaDatabase}) works on. Drop it with {@link #dropCopy}.
     */
    static PGSimpleDataSource copyForClass(ExtensionContext context, String name) throws SQLException {
        return server(context).copyOfTemplate(name);
    }

    static void dropCopy(ExtensionContext context, String name) throws SQLException {
        server(context).drop(name);
    }

    private static Server server(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    /** The application's datasource, as the container gives it to a bean (see the class comment). */
    public DataSource dataSource() {
        return new ConnectionSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Transaction transaction = current.get();
                return transaction == null
                        ? connect()
                        : transaction.dataSource().getConnection();
            }
        };
    }

    /** A connection of its own, in auto-commit: to set a scene or to look at what was committed. */
    public Connection connect() throws SQLException {
        return copy.getConnection();
    }

    /** A transaction the test holds and ends: what another session or instance has open at the same time. */
    public Transaction begin() throws SQLException {
        return new Transaction(connect());
    }

    /**
     * Runs {@code work} in a new transaction, as a {@code REQUIRES_NEW} bean method runs: committed when it
     * returns, rolled back when it throws; {@link #dataSource()} hands out its connection meanwhile.
     */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        Transaction outer = current.get();
        try (Transaction transaction = begin()) {
            current.set(transaction);
            T result = work.run(transaction.connection());
            transaction.commit();
            return result;
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /** {@link #inTransaction} for work that answers nothing. */
    public void commit(SqlAction action) throws SQLException {
        inTransaction(db -> {
            action.run(db);
            return null;
        });
    }

    public int execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect()) {
            return Sql.update(db, sql, parameters);
        }
    }

    public long count(String sql, Object... parameters) throws SQLException {
        return value(sql, Long.class, parameters);
    }

    /** The first column of the only row {@code sql} answers (a timestamp may be read as an {@link Instant}). */
    public <T> T value(String sql, Class<T> type, Object... parameters) throws SQLException {
        try (Connection db = connect();
                PreparedStatement statement = Sql.prepare(db, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            T value = read(row, 1, type);
            if (row.next()) {
                throw new IllegalStateException("more than one row for " + sql);
            }
            return value;
        }
    }

    /** The first column of every row. */
    public <T> List<T> list(String sql, Class<T> type, Object... parameters) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Connection db = connect();
                PreparedStatement statement = Sql.prepare(db, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                values.add(read(row, 1, type));
            }
        }
        return values;
    }

    /** Every row, as column label → value (timestamps as {@link Instant}s). */
    public List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection db = connect();
                PreparedStatement statement = Sql.prepare(db, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            ResultSetMetaData columns = row.getMetaData();
            while (row.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = row.getObject(i);
                    values.put(
                            columns.getColumnLabel(i),
                            value instanceof java.sql.Timestamp ? read(row, i, Instant.class) : value);
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** The only row {@code sql} answers. */
    public Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        return rows.get(0);
    }

    private static <T> T read(ResultSet row, int column, Class<T> type) throws SQLException {
        if (type == Instant.class) {
            OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
            return type.cast(at == null ? null : at.toInstant());
        }
        return row.getObject(column, type);
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection db) throws SQLException;
    }

    @FunctionalInterface
    public interface SqlAction {
        void run(Connection db) throws SQLException;
    }

    /** The embedded server and its migrated template; closed when the test run ends. */
    private static final class Server implements ExtensionContext.Store.CloseableResource {

        private static final String TEMPLATE = "alquimista_template";
        /** Strong references, so the levels hold: the server's and Liquibase's start-up chatter is not a test's. */
        private static final List<Logger> QUIET = List.of(Logger.getLogger("io.zonky"), Logger.getLogger("liquibase"));

        private final EmbeddedPostgres postgres;

        private Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static Server start() {
            QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
            try {
                Server server = new Server(EmbeddedPostgres.builder()
                        // a throw-away server: nothing to keep through a crash, so no waiting for the disk
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start());
                server.migrateTemplate();
                return server;
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the embedded database: " + e.getMessage(), e);
            }
        }

        private void migrateTemplate() throws Exception {
            try (Connection db = postgres.getPostgresDatabase().getConnection();
                    Statement create = db.createStatement()) {
                create.execute("CREATE DATABASE " + TEMPLATE);
            }
            try (Connection db = dataSource(TEMPLATE).getConnection()) {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(db));
                Scope.child(
                        Map.of(
                                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(),
                                Scope.Attr.ui.name(), new LoggerUIService()),
                        () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                                .addArgumentValue(
                                        UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/db.changelog-master.xml")
                                .execute());
            }
            // What CatalogSync writes at start: the agents' catalog rows, which activations refer to.
            try (Connection db = dataSource(TEMPLATE).getConnection()) {
                for (AgentModule module : Agentes.MODULES) {
                    CatalogUpsert.write(db, module.catalogEntry());
                }
            }
        }

        PGSimpleDataSource copyOfTemplate(String name) throws SQLException {
            try (Connection db = postgres.getPostgresDatabase().getConnection();
                    Statement create = db.createStatement()) {
                create.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
            }
            return dataSource(name);
        }

        void drop(String name) throws SQLException {
            try (Connection db = postgres.getPostgresDatabase().getConnection();
                    Statement drop = db.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }

        /** As the application's datasource is set up: strings the server types itself (jsonb, uuid). */
        private PGSimpleDataSource dataSource(String name) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {"127.0.0.1"});
            dataSource.setPortNumbers(new int[] {postgres.getPort()});
            dataSource.setDatabaseName(name);
            dataSource.setUser("postgres");
            dataSource.setStringType("unspecified");
            return dataSource;
        }

        @Override
        public void close() throws Exception {
            postgres.close();
        }
    }
}
