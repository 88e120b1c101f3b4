package ai.alquimista.platform.agents.boundary;

import ai.alquimista.platform.agents.CatalogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agents the application carries: every {@link AgentModule} CDI finds. */
@ApplicationScoped
public class AgentModules {

    @Inject
    @Any
    Instance<AgentModule> modules;

    public List<CatalogEntry> catalog() {
        return modules.stream()
                .map(AgentModule::catalogEntry)
                .sorted(Comparator.comparing(CatalogEntry::id))
                .toList();
    }

    public void checkSettings(String agentId, JsonObject settings) {
        module(agentId).ifPresent(module -> module.checkSettings(settings));
    }

    public void settingsSaved(String agentId, UUID tenantId, JsonObject settings) {
        module(agentId).ifPresent(module -> module.settingsSaved(tenantId, settings));
    }

    private Optional<AgentModule> module(String agentId) {
        return modules.stream()
                .filter(module -> module.catalogEntry().id().equals(agentId))
                .findFirst();
    }
}
