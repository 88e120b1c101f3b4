package ai.alquimista.nigredo.disparo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JanelaDeEnvioTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId MANAUS = ZoneId.of("America/Manaus");
    private static final ZoneId NORONHA = ZoneId.of("America/Noronha");
    private static final ZoneId RIO_BRANCO = ZoneId.of("America/Rio_Branco");
    private static final JanelaDeEnvio COMERCIAL = JanelaDeEnvio.comercial();

    @Test
    void businessHoursAreEightToSixOnWeekdays() {
        assertThat(COMERCIAL.abre()).isEqualTo(LocalTime.of(8, 0));
        assertThat(COMERCIAL.fecha()).isEqualTo(LocalTime.of(18, 0));
        assertThat(COMERCIAL.dias())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void aMondayAt0759InSaoPauloIsClosedAndOpensAtEight() {
        Instant segunda0759 = em(SAO_PAULO, "2026-03-02T07:59");

        assertThat(COMERCIAL.aberta(segunda0759, SAO_PAULO)).isFalse();
        assertThat(COMERCIAL.proximaAbertura(segunda0759, SAO_PAULO)).isEqualTo(em(SAO_PAULO, "2026-03-02T08:00"));
    }

    @Test
    void eightIsOpenAndAnOpenInstantIsItsOwnNextOpening() {
        Instant segunda0800 = em(SAO_PAULO, "2026-03-02T08:00");

        assertThat(COMERCIAL.aberta(segunda0800, SAO_PAULO)).isTrue();
        assertThat(COMERCIAL.proximaAbertura(segunda0800, SAO_PAULO)).isEqualTo(segunda0800);
    }

    @Test
    void at1759ItIsStillOpenAndAtSixItHasClosed() {
        assertThat(COMERCIAL.aberta(em(SAO_PAULO, "2026-03-02T17:59:59"), SAO_PAULO))
                .isTrue();
        assertThat(COMERCIAL.aberta(em(SAO_PAULO, "2026-03-02T18:00"), SAO_PAULO))
                .isFalse();
        assertThat(COMERCIAL.proximaAbertura(em(SAO_PAULO, "2026-03-02T18:00"), SAO_PAULO))
                .isEqualTo(em(SAO_PAULO, "2026-03-03T08:00"));
    }

    @Test
    void fridayEveningAndTheWeekendWaitForMondayMorning() {
        Instant segunda = em(SAO_PAULO, "2026-03-09T08:00");

        assertThat(COMERCIAL.proximaAbertura(em(SAO_PAULO, "2026-03-06T18:00"), SAO_PAULO))
                .isEqualTo(segunda);
        assertThat(COMERCIAL.proximaAbertura(em(SAO_PAULO, "2026-03-06T18:30"), SAO_PAULO))
                .isEqualTo(segunda);
        assertThat(COMERCIAL.proximaAbertura(em(SAO_PAULO, "2026-03-07T10:00"), SAO_PAULO))
                .isEqualTo(segunda);
        assertThat(COMERCIAL.proximaAbertura(em(SAO_PAULO, "2026-03-08T23:59"), SAO_PAULO))
                .isEqualTo(segunda);
    }

    @Test
    void conscienciaNegraOnAFridayIsClosedAllDayAndItsEveWaitsForMonday() {
        Instant segunda = em(SAO_PAULO, "2026-11-23T08:00");

        assertThat(COMERCIAL.aberta(em(SAO_PAULO, "2026-11-20T10:00"), SAO_PAULO))
                .isFalse();
        assertThat(COMERCIAL.proximaAbertura(em(SAO_PAULO, "2026-11-20T10:00"), SAO_PAULO))
                .isEqualTo(segunda);
        assertThat(COMERCIAL.proximaAbertura(em(SAO_PAULO, "2026-11-19T18:00"), SAO_PAULO))
                .isEqualTo(segunda);
    }

    @Test
    void goodFridayAndTheWeekendAfterItWaitForMonday() {
        assertThat(COMERCIAL.proximaAbertura(em(SAO_PAULO, "2026-04-02T19:00"), SAO_PAULO))
                .isEqualTo(em(SAO_PAULO, "2026-04-06T08:00"));
    }

    @Test
    void theSameInstantIsOpenInSaoPauloButNotYetInManausAnHourBehind() {
        Instant saoPaulo0830 = em(SAO_PAULO, "2026-03-02T08:30");

        assertThat(COMERCIAL.aberta(saoPaulo0830, SAO_PAULO)).isTrue();
        assertThat(COMERCIAL.aberta(saoPaulo0830, MANAUS)).isFalse();
        assertThat(COMERCIAL.proximaAbertura(saoPaulo0830, MANAUS))
                .isEqualTo(em(MANAUS, "2026-03-02T08:00"))
                .isEqualTo(em(SAO_PAULO, "2026-03-02T09:00"));
    }

    @Test
    void noronhaOpensAnHourBeforeSaoPauloAndRioBrancoTwoHoursAfter() {
        Instant sextaANoite = Instant.parse("2026-03-06T23:00:00Z");

        assertThat(COMERCIAL.proximaAbertura(sextaANoite, NORONHA)).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        assertThat(COMERCIAL.proximaAbertura(sextaANoite, SAO_PAULO)).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
        assertThat(COMERCIAL.proximaAbertura(sextaANoite, RIO_BRANCO)).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
    }

    @Test
    void anOpeningSkippedByTheStartOfDaylightSavingIsTheMomentTheClockJumps() {
        // São Paulo's last DST began on 2018-11-04: midnight became 01:00.
        JanelaDeEnvio madrugada =
                new JanelaDeEnvio(LocalTime.MIDNIGHT, LocalTime.of(6, 0), EnumSet.allOf(DayOfWeek.class));
        Instant sabado2330 = em(SAO_PAULO, "2018-11-03T23:30");

        Instant abertura = madrugada.proximaAbertura(sabado2330, SAO_PAULO);

        assertThat(abertura).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
        assertThat(abertura.atZone(SAO_PAULO).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(madrugada.aberta(abertura, SAO_PAULO)).isTrue();
    }

    @Test
    void anHourRepeatedByTheEndOfDaylightSavingReopensAWindowThatHadClosed() {
        // São Paulo's last DST ended on 2019-02-17: midnight went back to 23:00 of the 16th.
        JanelaDeEnvio noite =
                new JanelaDeEnvio(LocalTime.of(18, 0), LocalTime.of(23, 30), EnumSet.allOf(DayOfWeek.class));
        Instant depoisDeFechar = Instant.parse("2019-02-17T01:45:00Z");

        assertThat(depoisDeFechar.atZone(SAO_PAULO).toLocalTime()).isEqualTo(LocalTime.of(23, 45));
        assertThat(noite.aberta(depoisDeFechar, SAO_PAULO)).isFalse();
        assertThat(noite.proximaAbertura(depoisDeFechar, SAO_PAULO)).isEqualTo(Instant.parse("2019-02-17T02:00:00Z"));
    }

    @Test
    void anAcrePhoneIsReachedInRioBrancoTime() {
        assertThat(JanelaDeEnvio.fusoDoTelefone("+5568999123456")).isEqualTo(RIO_BRANCO);
        assertThat(JanelaDeEnvio.fusoDoTelefone("+5592981234567")).isEqualTo(MANAUS);
        assertThat(JanelaDeEnvio.fusoDoTelefone("+5581981234567")).isEqualTo(ZoneId.of("America/Recife"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"não tem", "+12125550100", "+5520333344445", "3333-4444"})
    void aMissingUnreadableOrForeignPhoneIsReachedInSaoPauloTime(String e164) {
        assertThat(JanelaDeEnvio.fusoDoTelefone(e164)).isEqualTo(SAO_PAULO);
    }

    @Test
    void aWindowMustOpenBeforeItClosesOnSomeDay() {
        Set<DayOfWeek> semana = EnumSet.allOf(DayOfWeek.class);

        assertThatThrownBy(() -> new JanelaDeEnvio(LocalTime.of(18, 0), LocalTime.of(8, 0), semana))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JanelaDeEnvio(LocalTime.of(8, 0), LocalTime.of(8, 0), semana))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JanelaDeEnvio(LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDaysCannotBeChangedFromOutside() {
        EnumSet<DayOfWeek> dias = EnumSet.of(DayOfWeek.MONDAY);
        JanelaDeEnvio janela = new JanelaDeEnvio(LocalTime.of(8, 0), LocalTime.of(18, 0), dias);

        dias.add(DayOfWeek.SUNDAY);

        assertThat(janela.dias()).containsExactly(DayOfWeek.MONDAY);
        assertThatThrownBy(() -> janela.dias().add(DayOfWeek.SUNDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Instant em(ZoneId fuso, String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), fuso).toInstant();
    }
}
