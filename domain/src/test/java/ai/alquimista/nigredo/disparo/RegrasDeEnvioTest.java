package ai.alquimista.nigredo.disparo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.disparo.DecisaoDeEnvio.Adiar;
import ai.alquimista.nigredo.disparo.DecisaoDeEnvio.Enviar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegrasDeEnvioTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId MANAUS = ZoneId.of("America/Manaus");
    private static final JanelaDeEnvio COMERCIAL = JanelaDeEnvio.comercial();
    private static final LimitesDeEnvio PADRAO = LimitesDeEnvio.padrao();
    private static final Instant QUARTA_1015 = em("2026-03-04T10:15");
    private static final Contagem NADA_ENVIADO = new Contagem(0, 0, 0, false, Optional.empty(), Optional.empty());

    @Test
    void withinHoursAndLimitsTheMessageLeavesNow() {
        assertThat(decidir(QUARTA_1015, true, NADA_ENVIADO)).isEqualTo(new Enviar());
        Contagem quaseNoLimite = new Contagem(
                99,
                499,
                249,
                false,
                Optional.of(QUARTA_1015.minusSeconds(2)),
                Optional.of(QUARTA_1015.minusSeconds(6)));
        assertThat(decidir(QUARTA_1015, true, quaseNoLimite)).isEqualTo(new Enviar());
    }

    @Test
    void outsideTheLeadsHoursItWaitsForTheOpening() {
        assertThat(decidir(em("2026-03-06T18:30"), false, NADA_ENVIADO))
                .isEqualTo(new Adiar(em("2026-03-09T08:00"), "fora_do_horario"));
    }

    @Test
    void theWindowIsTheLeadsNotTheTenants() {
        Instant saoPaulo0830 = em("2026-03-04T08:30");

        DecisaoDeEnvio decisao =
                RegrasDeEnvio.decidir(saoPaulo0830, MANAUS, SAO_PAULO, false, PADRAO, NADA_ENVIADO, COMERCIAL);

        assertThat(decisao).isEqualTo(new Adiar(em("2026-03-04T09:00"), "fora_do_horario"));
    }

    @Test
    void onANationalHolidayItSaysSoAndWaitsForTheNextWorkingDay() {
        assertThat(decidir(em("2026-11-20T10:00"), false, NADA_ENVIADO))
                .isEqualTo(new Adiar(em("2026-11-23T08:00"), "feriado"));
        assertThat(decidir(em("2026-11-20T20:00"), false, NADA_ENVIADO))
                .isEqualTo(new Adiar(em("2026-11-23T08:00"), "feriado"));
        assertThat(decidir(em("2026-11-19T18:00"), false, NADA_ENVIADO))
                .isEqualTo(new Adiar(em("2026-11-23T08:00"), "fora_do_horario"));
    }

    @Test
    void theHourlyLimitWaitsForTheNextHourInTheTenantsZone() {
        Contagem horaCheia = new Contagem(100, 100, 0, false, Optional.empty(), Optional.empty());

        assertThat(decidir(QUARTA_1015, false, horaCheia)).isEqualTo(new Adiar(em("2026-03-04T11:00"), "limite_hora"));
    }

    @Test
    void theDailyLimitWaitsForMidnightInTheTenantsZone() {
        Contagem diaCheio = new Contagem(20, 500, 0, false, Optional.empty(), Optional.empty());

        assertThat(decidir(QUARTA_1015, false, diaCheio)).isEqualTo(new Adiar(em("2026-03-05T00:00"), "limite_dia"));
    }

    @Test
    void theLimitsCountInTheTenantsZoneEvenForALeadElsewhere() {
        Contagem horaCheia = new Contagem(100, 100, 0, false, Optional.empty(), Optional.empty());
        Instant manaus1015 = em("2026-03-04T11:15");

        DecisaoDeEnvio decisao =
                RegrasDeEnvio.decidir(manaus1015, MANAUS, SAO_PAULO, false, PADRAO, horaCheia, COMERCIAL);

        assertThat(decisao).isEqualTo(new Adiar(em("2026-03-04T12:00"), "limite_hora"));
    }

    @Test
    void aFullWhatsappTierHoldsANewRecipientForAnHour() {
        Contagem tierCheio = new Contagem(10, 10, 250, false, Optional.empty(), Optional.empty());

        assertThat(decidir(QUARTA_1015, true, tierCheio))
                .isEqualTo(new Adiar(QUARTA_1015.plus(Duration.ofHours(1)), "tier_whatsapp"));
    }

    @Test
    void aFullTierDoesNotHoldARecipientAlreadyCountedNorAnEmail() {
        Contagem tierCheioJaContado = new Contagem(10, 10, 250, true, Optional.empty(), Optional.empty());
        Contagem tierCheio = new Contagem(10, 10, 250, false, Optional.empty(), Optional.empty());

        assertThat(decidir(QUARTA_1015, true, tierCheioJaContado)).isEqualTo(new Enviar());
        assertThat(decidir(QUARTA_1015, false, tierCheio)).isEqualTo(new Enviar());
    }

    @Test
    void theTenantWaitsTwoSecondsBetweenMessages() {
        Instant ultimo = QUARTA_1015.minusMillis(500);
        Contagem recente = new Contagem(1, 1, 1, false, Optional.of(ultimo), Optional.empty());

        assertThat(decidir(QUARTA_1015, false, recente))
                .isEqualTo(new Adiar(ultimo.plusSeconds(2), "intervalo_tenant"));
    }

    @Test
    void theSameRecipientWaitsSixSeconds() {
        Instant ultimo = QUARTA_1015.minusSeconds(5);
        Contagem recente = new Contagem(1, 1, 1, true, Optional.of(ultimo), Optional.of(ultimo));

        assertThat(decidir(QUARTA_1015, true, recente))
                .isEqualTo(new Adiar(ultimo.plusSeconds(6), "intervalo_destinatario"));
    }

    @Test
    void theFirstRuleBrokenIsTheOneReported() {
        Instant ultimo = em("2026-03-06T18:29:59");
        Contagem tudoEstourado = new Contagem(100, 500, 250, false, Optional.of(ultimo), Optional.of(ultimo));
        Contagem semHorario = new Contagem(100, 500, 250, false, Optional.of(QUARTA_1015), Optional.of(QUARTA_1015));

        assertThat(decidir(em("2026-03-06T18:30"), true, tudoEstourado))
                .extracting(decisao -> ((Adiar) decisao).motivo())
                .isEqualTo("fora_do_horario");
        assertThat(decidir(QUARTA_1015, true, semHorario))
                .extracting(decisao -> ((Adiar) decisao).motivo())
                .isEqualTo("limite_hora");
        assertThat(decidir(
                        QUARTA_1015,
                        true,
                        new Contagem(0, 500, 250, false, Optional.of(QUARTA_1015), Optional.of(QUARTA_1015))))
                .extracting(decisao -> ((Adiar) decisao).motivo())
                .isEqualTo("limite_dia");
        assertThat(decidir(
                        QUARTA_1015,
                        true,
                        new Contagem(0, 0, 250, false, Optional.of(QUARTA_1015), Optional.of(QUARTA_1015))))
                .extracting(decisao -> ((Adiar) decisao).motivo())
                .isEqualTo("tier_whatsapp");
        assertThat(decidir(
                        QUARTA_1015,
                        true,
                        new Contagem(0, 0, 0, false, Optional.of(QUARTA_1015), Optional.of(QUARTA_1015))))
                .extracting(decisao -> ((Adiar) decisao).motivo())
                .isEqualTo("intervalo_tenant");
    }

    @Test
    void theMotivosAreTheStringsTheDatabaseCounts() {
        assertThat(new String[] {
                    Adiar.FORA_DO_HORARIO,
                    Adiar.FERIADO,
                    Adiar.LIMITE_HORA,
                    Adiar.LIMITE_DIA,
                    Adiar.TIER_WHATSAPP,
                    Adiar.INTERVALO_TENANT,
                    Adiar.INTERVALO_DESTINATARIO
                })
                .containsExactly(
                        "fora_do_horario",
                        "feriado",
                        "limite_hora",
                        "limite_dia",
                        "tier_whatsapp",
                        "intervalo_tenant",
                        "intervalo_destinatario");
    }

    @Test
    void aFirstContactNeedsATemplate() {
        assertThat(RegrasDeEnvio.exigeModeloWhatsapp(true, Optional.of(QUARTA_1015.minusSeconds(60)), QUARTA_1015))
                .isTrue();
    }

    @Test
    void aLeadThatNeverRepliedNeedsATemplate() {
        assertThat(RegrasDeEnvio.exigeModeloWhatsapp(false, Optional.empty(), QUARTA_1015))
                .isTrue();
    }

    @Test
    void aReplyOpensTwentyFourHoursOfFreeFormMessages() {
        Instant resposta = QUARTA_1015.minus(Duration.ofHours(24));

        assertThat(RegrasDeEnvio.exigeModeloWhatsapp(false, Optional.of(resposta.plusSeconds(1)), QUARTA_1015))
                .isFalse();
        assertThat(RegrasDeEnvio.exigeModeloWhatsapp(false, Optional.of(resposta), QUARTA_1015))
                .isTrue();
        assertThat(RegrasDeEnvio.exigeModeloWhatsapp(false, Optional.of(resposta.minusSeconds(1)), QUARTA_1015))
                .isTrue();
    }

    private static DecisaoDeEnvio decidir(Instant agora, boolean whatsapp, Contagem contagem) {
        return RegrasDeEnvio.decidir(agora, SAO_PAULO, SAO_PAULO, whatsapp, PADRAO, contagem, COMERCIAL);
    }

    private static Instant em(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), SAO_PAULO).toInstant();
    }
}
