package ai.alquimista.nigredo.conversas.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A message from someone who is none of the tenant's leads: {@code pendente} until a person assigns it to a lead
 * ({@code atribuida}, then it is that lead's reply) or discards it ({@code descartada}).
 */
public record OrfaView(
        UUID id,
        String canal,
        String remetente,
        String texto,
        @JsonbProperty("recebida_em") Instant recebidaEm,
        String status,
        @JsonbProperty("lead_id") UUID leadId,
        @JsonbProperty("interacao_id") UUID interacaoId,
        @JsonbProperty("resolvida_em") Instant resolvidaEm) {}
