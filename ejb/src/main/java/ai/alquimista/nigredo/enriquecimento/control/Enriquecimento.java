package ai.alquimista.nigredo.enriquecimento.control;

import ai.alquimista.nigredo.enriquecimento.ConsultaCnpj;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the CNPJ lookup adapter: {@code offline} (default, works anywhere) or {@code brasilapi}. */
@ApplicationScoped
public class Enriquecimento {

    @Inject
    OfflineCnpjLookup offline;

    @Inject
    BrasilApiCnpjLookup brasilApi;

    @Inject
    @ConfigProperty(name = "alquimista.enrichment.cnpj", defaultValue = "offline")
    String adapter;

    public ConsultaCnpj consultar(String cnpj) {
        CnpjLookup lookup = "brasilapi".equalsIgnoreCase(adapter.trim()) ? brasilApi : offline;
        return lookup.consultar(cnpj);
    }
}
