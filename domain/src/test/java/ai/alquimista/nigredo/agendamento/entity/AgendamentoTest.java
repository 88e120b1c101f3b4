package ai.alquimista.nigredo.agendamento.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.shared.errors.Conflict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A meeting moves only as the sales process does; anything else is refused. */
class AgendamentoTest {

    private static final Instant AGORA = Instant.parse("2026-11-20T12:00:00Z");
    private static final Horario A = Horario.de(Instant.parse("2026-11-23T17:00:00Z"), Duration.ofHours(1));
    private static final Horario B = Horario.de(Instant.parse("2026-11-24T12:00:00Z"), Duration.ofHours(1));
    private static final Horario C = Horario.de(Instant.parse("2026-11-25T17:30:00Z"), Duration.ofHours(1));

    private static Agendamento proposta() {
        return Agendamento.proposta(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "whatsapp", List.of(A, B), AGORA);
    }

    @Test
    void newSlotsAreRememberedWithTheOnesOfferedBefore() {
        Agendamento agendamento = proposta();
        agendamento.respostaNaoEntendida(AGORA);

        agendamento.novasOpcoes(List.of(C), AGORA);

        assertThat(agendamento.opcoes()).containsExactly(C);
        assertThat(agendamento.jaPropostos()).containsExactly(A, B, C);
        assertThat(agendamento.getTentativas()).isZero();
    }

    @Test
    void aConfirmedMeetingIsHeldOnlyOnceItStartedAndConvertedOnlyOnce() {
        Agendamento agendamento = proposta();
        agendamento.confirmar(B, "evt-1", "briefing", AGORA);

        assertThatThrownBy(() -> agendamento.realizar(AGORA)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> agendamento.converter(AGORA)).isInstanceOf(Conflict.class);
        agendamento.realizar(B.fim());
        agendamento.converter(B.fim());

        assertThat(agendamento.getStatus()).isEqualTo(AgendamentoStatus.realizado);
        assertThat(agendamento.isConvertido()).isTrue();
        assertThatThrownBy(() -> agendamento.converter(B.fim())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> agendamento.cancelar(B.fim())).isInstanceOf(Conflict.class);
    }

    @Test
    void aProposalCannotBeCancelledOrRescheduledByTheTeamButAConfirmedOneCan() {
        Agendamento agendamento = proposta();
        assertThatThrownBy(() -> agendamento.cancelar(AGORA)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> agendamento.remarcar(C, "evt-2", AGORA)).isInstanceOf(Conflict.class);

        agendamento.confirmar(A, "evt-1", "briefing", AGORA);
        agendamento.remarcar(C, "evt-2", AGORA);
        assertThat(agendamento.getDataHora()).isEqualTo(C.inicio());
        assertThat(agendamento.getCalendarEventId()).isEqualTo("evt-2");
        agendamento.cancelar(AGORA);

        assertThat(agendamento.getStatus()).isEqualTo(AgendamentoStatus.cancelado);
        assertThatThrownBy(() -> agendamento.confirmar(A, "evt-3", "", AGORA)).isInstanceOf(Conflict.class);
    }

    @Test
    void aClosedProposalKeepsWhy() {
        Agendamento agendamento = proposta();

        agendamento.encerrarProposta("nenhum horário livre", AGORA);

        assertThat(agendamento.getStatus()).isEqualTo(AgendamentoStatus.cancelado);
        assertThat(agendamento.getEncerramento()).isEqualTo("nenhum horário livre");
        assertThatThrownBy(() -> agendamento.novasOpcoes(List.of(C), AGORA)).isInstanceOf(Conflict.class);
    }
}
