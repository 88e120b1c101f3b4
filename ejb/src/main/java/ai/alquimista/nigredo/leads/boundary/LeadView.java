package ai.alquimista.nigredo.leads.boundary;

import ai.alquimista.nigredo.leads.entity.Lead;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/** A lead as the tenant's users see it in the list (personal data: every read is audited). */
public record LeadView(
        UUID id,
        String empresa,
        String status,
        @JsonbProperty("created_at") Instant createdAt,
        String contato,
        String email,
        String telefone,
        String setor,
        String porte,
        String cnpj) {

    static LeadView of(Lead lead) {
        return new LeadView(
                lead.getId(),
                lead.getEmpresa(),
                lead.getStatus().name(),
                lead.getCreatedAt(),
                lead.getContato(),
                lead.getEmail(),
                lead.getTelefone(),
                lead.getSetor(),
                lead.getPorte(),
                lead.getCnpj());
    }
}
