package ai.alquimista.nigredo.agendamento.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One meeting with everything the sales team needs: the lead, the slots offered ({@code opcoes}: the last offer;
 * {@code ja_propostos}: every slot offered), the calendar event and the commercial briefing.
 */
public record AgendamentoDetalhe(
        UUID id,
        LeadDoAgendamento lead,
        @JsonbProperty("data_hora") Instant dataHora,
        int duracao,
        String status,
        boolean convertido,
        String canal,
        List<Opcao> opcoes,
        @JsonbProperty("ja_propostos") List<Opcao> jaPropostos,
        int tentativas,
        String encerramento,
        @JsonbProperty("calendar_event_id") String calendarEventId,
        String briefing,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("updated_at") Instant updatedAt) {

    /** A slot offered to the lead. */
    public record Opcao(Instant inicio, Instant fim) {}

    /** The lead the meeting is with. */
    public record LeadDoAgendamento(
            UUID id, String empresa, String contato, String email, String telefone, String status) {}
}
