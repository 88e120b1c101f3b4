package ai.alquimista.nigredo.conversas.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One lead's conversation in the list: who, the last message, how the last reply felt, and what comes next. */
@Schema(description = "Uma conversa com um lead, na lista de conversas")
public record ConversaResumo(
        @JsonbProperty("lead_id") UUID leadId,
        String empresa,
        String contato,
        String telefone,
        String email,
        String status,
        @JsonbProperty("ultima_mensagem") String ultimaMensagem,
        @JsonbProperty("ultima_tipo") String ultimaTipo,
        @JsonbProperty("ultima_em") Instant ultimaEm,
        String sentimento,
        Integer intensidade,
        @JsonbProperty("proximo_passo") String proximoPasso,
        @JsonbProperty("em_revisao") boolean emRevisao) {}
