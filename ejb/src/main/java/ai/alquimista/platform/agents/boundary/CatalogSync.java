package ai.alquimista.platform.agents.boundary;

import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.control.CatalogUpsert;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start, writes every agent's catalog entry to {@code alquimista_platform.agents}, so the marketplace shows what
 * the running code carries. An upsert: instances starting together write the same rows without conflict.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CatalogSync {

    private static final Logger LOG = Logger.getLogger(CatalogSync.class.getName());

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    AgentModules modules;

    @PostConstruct
    void sync() {
        List<CatalogEntry> catalog = modules.catalog();
        catalog.forEach(entry -> CatalogUpsert.write(em, entry));
        LOG.info(() -> "marketplace catalog: " + catalog.size() + " agents");
    }
}
