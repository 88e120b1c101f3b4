package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Recebimento in the marketplace. */
@ApplicationScoped
public class RecebimentoModule implements AgentModule {

    private static final CatalogEntry ENTRY = CatalogEntry.nigredo(
            Queue.RECEBIMENTO,
            "Recebimento",
            "starter",
            "297.00",
            "Higieniza, padroniza e enriquece seus leads: valida os campos, separa PF de PJ, formata telefones e e-mails, remove duplicatas, consulta o CNPJ e segmenta por setor, porte e atividade.",
            "Planilha CSV/XLSX ou envio pela API",
            "Empresa, contato e telefone ou e-mail de cada lead");

    @Override
    public CatalogEntry catalogEntry() {
        return ENTRY;
    }
}
