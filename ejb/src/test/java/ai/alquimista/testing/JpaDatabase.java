package ai.alquimista.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A copy of the application's schema (and catalog) on the run's embedded PostgreSQL ({@link EmbeddedDatabase}), with the persistence unit run by EclipseLink outside the
 * server, as in the container: components get an {@link #entityManager()} and a {@link #dataSource()} that both
 * act in the current {@link #inTransaction transaction}, on one connection, as JTA shares it in Payara. A business
 * failure rolls the transaction back, as the EJB container does. Register it per test class with
 * {@code @RegisterExtension static final JpaDatabase db = new JpaDatabase();}; tests keep apart by
 * using their own tenant.
 */
public final class JpaDatabase implements BeforeAllCallback, AfterAllCallback {

    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private static final AtomicInteger COPIES = new AtomicInteger();

    private String name;
    private PGSimpleDataSource copy;
    private EntityManagerFactory factory;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        name = "jpa_" + COPIES.incrementAndGet();
        copy = EmbeddedDatabase.copyForClass(context, name);
        factory = Persistence.createEntityManagerFactory(
                "alquimista",
                Map.of(
                        "eclipselink.cache.shared.default", "false",
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                        "jakarta.persistence.jdbc.url", copy.getUrl(),
                        "jakarta.persistence.jdbc.user", "postgres",
                        "jakarta.persistence.jdbc.password", "",
                        "eclipselink.weaving", "false"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (factory != null) {
            factory.close();
        }
        if (copy != null) {
            EmbeddedDatabase.dropCopy(context, name);
        }
    }

    /** What a component's {@code @PersistenceContext} holds: the current transaction's entity manager. */
    public EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, arguments) -> invoke(method, transactional(), arguments));
    }

    /** What a component's {@code @Resource DataSource} gives: the current transaction's connection. */
    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException("DataSource." + method.getName());
                    }
                    Connection shared = transactional().unwrap(Connection.class);
                    return Proxy.newProxyInstance(
                            Connection.class.getClassLoader(),
                            new Class<?>[] {Connection.class},
                            (connection, call, parameters) ->
                                    call.getName().equals("close") ? null : invoke(call, shared, parameters));
                });
    }

    /** Runs the work in one transaction: commits, or rolls back and rethrows what the work threw. */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("a transaction is already running on this thread");
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            current.remove();
            em.close();
        }
    }

    /** Whether a transaction runs on this thread (a component called now would join it). */
    public boolean inTransaction() {
        return current.get() != null;
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Arranges committed data, outside any component. */
    public void execute(String sql, Object... parameters) {
        try (Connection db = copy.getConnection();
                PreparedStatement statement = prepare(db, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public long count(String sql, Object... parameters) {
        return ((Number) value(sql, parameters)).longValue();
    }

    public String text(String sql, Object... parameters) {
        Object value = value(sql, parameters);
        return value == null ? null : value.toString();
    }

    /** The first column of the first row (what was committed), or null when there is no row. */
    public Object value(String sql, Object... parameters) {
        try (Connection db = copy.getConnection();
                PreparedStatement statement = prepare(db, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private EntityManager transactional() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("no transaction: run the component inside inTransaction(…)");
        }
        return em;
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
