package ai.alquimista.nigredo.atendimento.control;

import ai.alquimista.nigredo.leads.Conta;
import jakarta.json.JsonObject;
import java.time.ZoneId;
import java.util.UUID;

/** What Atendimento reads of a lead and its tenant to answer: who they are, and the tenant's brand settings. */
public record LeadDaConversa(
        UUID id,
        UUID tenantId,
        String empresa,
        String contato,
        String cnpj,
        String email,
        String status,
        String empresaCliente,
        ZoneId fuso,
        JsonObject settings) {

    public Conta conta() {
        return Conta.de(cnpj, email);
    }
}
