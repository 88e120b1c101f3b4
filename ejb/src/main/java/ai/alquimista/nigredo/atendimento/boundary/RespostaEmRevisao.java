package ai.alquimista.nigredo.atendimento.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reply waiting for a person: what the lead wrote, the draft (none when a person must write it) and why it waits; or
 * ({@code tipo} {@code envio_incerto}) a send whose outcome nobody knows: the text as it went and to whom.
 */
@Schema(description = "Uma resposta (ou um envio incerto) na fila de revisão")
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
        @JsonbProperty("created_at") Instant createdAt,
        @Schema(enumeration = {"resposta", "envio_incerto"}) String tipo,

        @Schema(description = "to whom an uncertain send went; absent for a reply")
        String destinatario) {

    /** The same item after a person's decision. */
    public RespostaEmRevisao decidido(String decisao) {
        return new RespostaEmRevisao(
                id,
                leadId,
                empresa,
                contato,
                canal,
                mensagemDoLead,
                sentimento,
                intensidade,
                rascunho,
                motivo,
                proximoPasso,
                decisao,
                createdAt,
                tipo,
                destinatario);
    }
}
