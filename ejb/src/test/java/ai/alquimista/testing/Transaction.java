package ai.alquimista.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A database transaction the test holds open, as the container holds one around a bean method: its
 * {@link #dataSource()} hands out the one connection, and closing what it handed out leaves the transaction
 * open. {@link #close()} rolls back whatever was not committed.
 */
public final class Transaction implements AutoCloseable {

    private final Connection connection;
    private boolean ended;

    Transaction(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    public Connection connection() {
        return connection;
    }

    /** What a bean running in this transaction gets from its {@code @Resource DataSource}. */
    public DataSource dataSource() {
        return new ConnectionSource() {
            @Override
            public Connection getConnection() {
                return (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                return null;
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    public void commit() throws SQLException {
        connection.commit();
        ended = true;
    }

    public void rollback() throws SQLException {
        connection.rollback();
        ended = true;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!ended) {
                connection.rollback();
            }
        } finally {
            connection.close();
        }
    }
}
