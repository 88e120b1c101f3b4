package ai.alquimista.nigredo.conversas.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A lead's whole conversation, oldest first, with the sends of its company held since it answered (released by a
 * person) and whether a reply waits in the review queue; with the lead's company (sector, size, main activity), its
 * WhatsApp consent evidence and when it arrived, for the lead's page.
 */
@Schema(description = "A conversa inteira com um lead")
public record ConversaDetalhe(
        @JsonbProperty("lead_id") UUID leadId,
        String empresa,
        String contato,
        String telefone,
        String email,
        String cnpj,
        String status,
        String setor,
        String porte,
        @JsonbProperty("atividade_principal") String atividadePrincipal,
        @JsonbProperty("whatsapp_opt_in") String whatsappOptIn,
        @JsonbProperty("created_at") Instant createdAt,
        List<MensagemDaConversa> mensagens,
        @JsonbProperty("envios_retidos_da_conta") long enviosRetidosDaConta,
        @JsonbProperty("em_revisao") boolean emRevisao) {}
