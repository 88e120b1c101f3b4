package ai.alquimista.nigredo.agendamento;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting as a calendar receives it: the agendamento it belongs to (one event per agendamento), when, its title
 * ("Reunião - Padaria Pão Quente"), the commercial briefing as its description, and the attendees' e-mail addresses
 * (the lead's, when it has one, and the sales team's).
 */
public record EventoDeAgenda(
        UUID agendamentoId, Horario horario, String titulo, String descricao, List<String> participantes) {

    public EventoDeAgenda {
        Objects.requireNonNull(agendamentoId, "agendamentoId");
        Objects.requireNonNull(horario, "horario");
        Objects.requireNonNull(titulo, "titulo");
        descricao = descricao == null ? "" : descricao;
        participantes = List.copyOf(participantes);
    }
}
