package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.ConfiguracaoDaAgenda;
import ai.alquimista.nigredo.agendamento.Disponibilidade;
import ai.alquimista.nigredo.agendamento.Expediente;
import ai.alquimista.nigredo.agendamento.TextosDoAgendamento;
import jakarta.json.JsonObject;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A tenant as Agendamento books for it: its name, time zone and Agendamento's activation settings (raw, for the
 * calendar's choice, and read).
 */
public record AgendaDoTenant(
        UUID tenantId, String nome, ZoneId zona, JsonObject settings, ConfiguracaoDaAgenda configuracao) {

    public Expediente expediente() {
        return Expediente.comercial(zona, configuracao.duracao());
    }

    public Disponibilidade disponibilidade() {
        return new Disponibilidade(expediente());
    }

    public TextosDoAgendamento textos(String contato) {
        return new TextosDoAgendamento(contato, zona);
    }
}
