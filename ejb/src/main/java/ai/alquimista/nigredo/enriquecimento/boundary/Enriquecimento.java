package ai.alquimista.nigredo.enriquecimento.boundary;

import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import ai.alquimista.nigredo.enriquecimento.control.ConsultaBrasilApi;
import ai.alquimista.nigredo.enriquecimento.control.ConsultaOffline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the CNPJ lookup adapter: {@code offline} (default, works anywhere) or {@code brasilapi}. */
@ApplicationScoped
public class Enriquecimento {

    @Inject
    ConsultaOffline offline;

    @Inject
    ConsultaBrasilApi brasilApi;

    @Inject
    @ConfigProperty(name = "alquimista.enrichment.cnpj", defaultValue = "offline")
    String adapter;

    public ResultadoDaConsulta consultar(String cnpj) {
        return (inline() ? offline : brasilApi).consultar(cnpj);
    }

    /** The offline lookup answers at once, inside the import; a remote provider is asked later, by the pending pass. */
    public boolean inline() {
        return !"brasilapi".equalsIgnoreCase(adapter.trim());
    }
}
