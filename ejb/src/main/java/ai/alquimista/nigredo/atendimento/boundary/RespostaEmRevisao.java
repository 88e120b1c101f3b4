package ai.alquimista.nigredo.atendimento.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reply waiting for a person: what the lead wrote, the draft (none when a person must write it) and why it waits. */
@Schema(description = "Uma resposta na fila de revisão")
public record RespostaEmRevisao(
        UUID id,
        @JsonbProperty("lead_id") UUID leadId,
        String empresa,
        String contato,
        String canal,
        @JsonbProperty("mensagem_do_lead") String mensagemDoLead,
        String sentimento,
        Integer intensidade,
        String rascunho,
        String motivo,
        @JsonbProperty("proximo_passo") String proximoPasso,
        String status,
        @JsonbProperty("created_at") Instant createdAt) {}
