package ai.alquimista.fibonacci.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the schema up to date with Liquibase before anything touches JPA (beans @DependsOn it), and defines the
 * datasource.
 *
 * <p>No call to PostgreSQL may wait for ever: a connection attempt gives up after {@code
 * alquimista.db.connect-timeout-seconds}, the sign-in after {@code alquimista.db.login-timeout-seconds}, and a read
 * after {@code alquimista.db.socket-timeout-seconds} (a hanging server or a silently dropped connection). PostgreSQL
 * itself cancels a statement after {@code alquimista.db.statement-timeout} (a duration as PostgreSQL writes it,
 * {@code 60s}), shorter than the socket timeout so the server's cancel, which keeps the connection usable, comes
 * first. Payara resolves these before the application's microprofile-config.properties is read: the defaults
 * are written here, environment variables ({@code ALQUIMISTA_DB_SOCKET_TIMEOUT_SECONDS}, ...) and system properties
 * override them. The pool checks every connection before handing it out ({@code SELECT 1}) and, when one check fails,
 * closes every pooled connection: after a database restart no broken connection is handed out.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/alquimista",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=alquimista.db.url}",
        user = "${MPCONFIG=alquimista.db.user}",
        password = "${MPCONFIG=alquimista.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "stringtype=unspecified",
            "connectTimeout=${MPCONFIG=alquimista.db.connect-timeout-seconds:10}",
            "loginTimeout=${MPCONFIG=alquimista.db.login-timeout-seconds:15}",
            "socketTimeout=${MPCONFIG=alquimista.db.socket-timeout-seconds:90}",
            "tcpKeepAlive=true",
            "options=-c statement_timeout=${MPCONFIG=alquimista.db.statement-timeout:60s}",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(
                    CHANGELOG, new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database);
            // Liquibase prints each changeset and its summary to stdout by default; through its logger, the lines are
            // the log's JSON
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(""));
            LOG.info("database schema is up to date");
        } catch (Exception e) { // Scope.child declares Exception: SQL and Liquibase failures alike stop the start
            throw new IllegalStateException("schema migration failed: " + e.getMessage(), e);
        }
    }
}
