package ai.alquimista.nigredo.estrategia.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message of a campaign to one lead in one stage: when it is due, when it went, or why it did not. */
@Schema(description = "One send of the campaign: to whom, in which stage, when, and why it did not go")
@JsonbPropertyOrder({
    "id",
    "leadId",
    "empresa",
    "etapa",
    "variante",
    "canal",
    "destinatario",
    "status",
    "dueAt",
    "sentAt",
    "motivo",
    "aguardandoReenvio"
})
public record EnvioDaCampanha(
        String id,
        @JsonbProperty("lead_id") String leadId,
        String empresa,
        @Schema(enumeration = {"topo", "meio", "fundo"}) String etapa,
        @Schema(enumeration = {"A", "B"}) String variante,
        @Schema(enumeration = {"email", "whatsapp"}) String canal,
        String destinatario,

        @Schema(enumeration = {"agendado", "enviado", "bloqueado", "falhou", "cancelado", "enviando", "incerto"})
        String status,

        @JsonbProperty("due_at") Instant dueAt,

        @JsonbProperty("sent_at") @Schema(description = "absent until sent, and while agendado")
        Instant sentAt,

        @Schema(description = "why it waits, was blocked, failed or cancelled; absent otherwise")
        String motivo,

        @JsonbProperty("aguardando_reenvio")
        @Schema(
                description = "agendado after an attempt whose answer never came: an e-mail waiting to go once more"
                        + " with the same Message-ID")
        boolean aguardandoReenvio) {}
