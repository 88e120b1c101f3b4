package ai.alquimista.nigredo.agendamento.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/** A meeting in the Agenda's list: when, with whom, where it stands. */
public record AgendamentoResumo(
        UUID id,
        @JsonbProperty("lead_id") UUID leadId,
        String empresa,
        String contato,
        @JsonbProperty("data_hora") Instant dataHora,
        int duracao,
        String status,
        boolean convertido,
        String canal,
        String encerramento,
        @JsonbProperty("created_at") Instant createdAt) {}
