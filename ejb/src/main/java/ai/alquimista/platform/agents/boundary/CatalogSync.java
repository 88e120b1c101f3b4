package ai.alquimista.platform.agents.boundary;

import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.control.CatalogUpsert;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At start, writes every agent's catalog entry to {@code alquimista_platform.agents}, so the marketplace shows what
 * the running code carries. An upsert: instances starting together write the same rows without conflict.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CatalogSync {

    private static final Logger LOG = Logger.getLogger(CatalogSync.class.getName());

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    AgentModules modules;

    @PostConstruct
    void sync() {
        List<CatalogEntry> catalog = modules.catalog();
        try (Connection db = dataSource.getConnection()) {
            for (CatalogEntry entry : catalog) {
                CatalogUpsert.write(db, entry);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the marketplace catalog: " + e.getMessage(), e);
        }
        LOG.info(() -> "marketplace catalog: " + catalog.size() + " agents");
    }
}
