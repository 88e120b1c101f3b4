package ai.alquimista.nigredo.conversas.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/** One interação of a conversation, sent or received, with what Atendimento read in a received one. */
public record MensagemDaConversa(
        UUID id,
        String tipo,
        String canal,
        String texto,
        String sentimento,
        Integer intensidade,
        String intencao,
        @JsonbProperty("proximo_passo") String proximoPasso,
        String objecao,
        @JsonbProperty("created_at") Instant createdAt) {}
