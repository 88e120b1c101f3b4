package ai.alquimista.fibonacci.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Brings the schema up to date with Liquibase before anything touches JPA (beans @DependsOn it). */
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
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
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
            liquibase.update("");
            LOG.info("database schema is up to date");
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("schema migration failed: " + e.getMessage(), e);
        }
    }
}
