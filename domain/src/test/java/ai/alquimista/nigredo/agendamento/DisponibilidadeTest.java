package ai.alquimista.nigredo.agendamento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisponibilidadeTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId MANAUS = ZoneId.of("America/Manaus");

    /** Thursday 19 November 2026, 10:00 in São Paulo; Friday the 20th is Consciência Negra, a national holiday. */
    private static final Instant QUINTA = em(SAO_PAULO, "2026-11-19T10:00");

    private final Disponibilidade hora = new Disponibilidade(Expediente.comercial(SAO_PAULO, Duration.ofMinutes(60)));

    @Test
    void theWeekAheadSkipsTheHolidayAndTheWeekend() {
        Horario periodo = hora.periodo(QUINTA, Disponibilidade.DIAS_UTEIS);

        assertThat(periodo.inicio()).isEqualTo(em(SAO_PAULO, "2026-11-23T00:00"));
        assertThat(periodo.fim()).isEqualTo(em(SAO_PAULO, "2026-11-28T00:00"));
    }

    @Test
    void anEmptyDayOffersAMeetingEveryHalfHourInsideOfficeHours() {
        List<Horario> livres = hora.livres(QUINTA, 1, List.of());

        assertThat(livres).hasSize(19);
        assertThat(livres.get(0)).isEqualTo(Horario.de(em(SAO_PAULO, "2026-11-23T08:00"), Duration.ofHours(1)));
        assertThat(livres.get(18)).isEqualTo(Horario.de(em(SAO_PAULO, "2026-11-23T17:00"), Duration.ofHours(1)));
    }

    @Test
    void aBusyMorningLeavesOnlyTheSlotsThatDoNotTouchIt() {
        Horario reuniao = new Horario(em(SAO_PAULO, "2026-11-23T08:00"), em(SAO_PAULO, "2026-11-23T12:00"));

        List<Horario> livres = hora.livres(QUINTA, 1, List.of(reuniao));

        assertThat(livres).allMatch(slot -> !slot.sobrepoe(reuniao));
        assertThat(livres.get(0).inicio()).isEqualTo(em(SAO_PAULO, "2026-11-23T12:00"));
    }

    @Test
    void threeOffersOnThreeDaysAlternatingMorningAndAfternoon() {
        Horario manhaOcupada = new Horario(em(SAO_PAULO, "2026-11-23T08:00"), em(SAO_PAULO, "2026-11-23T12:00"));
        List<Horario> livres = hora.livres(QUINTA, Disponibilidade.DIAS_UTEIS, List.of(manhaOcupada));

        List<Horario> propostas = hora.propostas(livres, Disponibilidade.OPCOES, List.of());

        assertThat(propostas)
                .extracting(Horario::inicio)
                .containsExactly(
                        em(SAO_PAULO, "2026-11-23T14:00"),
                        em(SAO_PAULO, "2026-11-24T14:00"),
                        em(SAO_PAULO, "2026-11-25T09:00"));
    }

    @Test
    void nenhumDessesGetsThreeNewSlots() {
        List<Horario> livres = hora.livres(QUINTA, Disponibilidade.DIAS_UTEIS, List.of());
        List<Horario> primeiras = hora.propostas(livres, 3, List.of());

        List<Horario> novas = hora.propostas(livres, 3, primeiras);

        assertThat(novas).hasSize(3).doesNotContainAnyElementsOf(primeiras);
    }

    @Test
    void aFullWeekHasNothingToOffer() {
        Horario semana = hora.periodo(QUINTA, Disponibilidade.DIAS_UTEIS);

        assertThat(hora.livres(QUINTA, Disponibilidade.DIAS_UTEIS, List.of(semana)))
                .isEmpty();
    }

    @Test
    void officeHoursAreTheTenantsOwn() {
        Disponibilidade manaus = new Disponibilidade(Expediente.comercial(MANAUS, Duration.ofMinutes(30)));

        Horario primeiro = manaus.livres(QUINTA, 1, List.of()).get(0);

        assertThat(primeiro).isEqualTo(Horario.de(em(MANAUS, "2026-11-23T08:00"), Duration.ofMinutes(30)));
    }

    @Test
    void aMeetingLongerThanTheDayIsRefused() {
        assertThatThrownBy(() -> Expediente.comercial(SAO_PAULO, Duration.ofHours(11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit");
    }

    private static Instant em(ZoneId zona, String local) {
        return LocalDateTime.parse(local).atZone(zona).toInstant();
    }
}
