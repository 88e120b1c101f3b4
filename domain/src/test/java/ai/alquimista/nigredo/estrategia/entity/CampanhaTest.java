package ai.alquimista.nigredo.estrategia.entity;

import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.aprovada;
import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.ativa;
import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.concluida;
import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.pausada;
import static ai.alquimista.nigredo.estrategia.entity.CampanhaStatus.rascunho;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.estrategia.Roteiro;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A campaign's life, as the entity allows it: rascunho → aprovada → ativa ⇄ pausada → concluida. */
class CampanhaTest {

    private static final Instant SEGUNDA = Instant.parse("2026-11-30T13:00:00.123456789Z");
    private static final Instant TERCA = SEGUNDA.plusSeconds(86_400);

    private final Campanha campanha = new Campanha(
            UUID.randomUUID(),
            "Padarias · ME",
            "alimentacao|me",
            CampanhaCanal.email,
            Roteiro.padrao().toJson());

    @Test
    void aDraftApprovedRemembersWhoApprovedItAndWhen() {
        campanha.aprovar("gil@alquimia.com.br", SEGUNDA);

        assertThat(campanha.getStatus()).isEqualTo(aprovada);
        assertThat(campanha.getApprovedBy()).isEqualTo("gil@alquimia.com.br");
        assertThat(campanha.getApprovedAt())
                .as("as PostgreSQL keeps it: microseconds")
                .isEqualTo(Instant.parse("2026-11-30T13:00:00.123456Z"));
        assertThat(campanha.getUpdatedAt()).isEqualTo(campanha.getApprovedAt());
    }

    @Test
    void approvingTwiceIsRefusedAndTheFirstApprovalStands() {
        campanha.aprovar("gil@alquimia.com.br", SEGUNDA);

        assertThatThrownBy(() -> campanha.aprovar("eva@alquimia.com.br", TERCA))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot approve a campaign that is aprovada; only one that is rascunho")
                .satisfies(e -> assertThat(((TransicaoInvalida) e).status()).isEqualTo(409));
        assertThat(campanha.getApprovedBy()).isEqualTo("gil@alquimia.com.br");
        assertThat(campanha.getApprovedAt()).isBefore(TERCA);
    }

    @Test
    void aDraftIsNeitherPausedNorResumed() {
        assertThatThrownBy(() -> campanha.pausar(SEGUNDA))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot pause a campaign that is rascunho; only one that is aprovada or ativa");
        assertThatThrownBy(() -> campanha.retomar(true, SEGUNDA))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot resume a campaign that is rascunho; only one that is pausada");
        assertThat(campanha.getStatus()).isEqualTo(rascunho);
    }

    @Test
    void aPausedCampaignGoesBackToApprovedUntilItsSendsAreScheduledThenToActive() {
        campanha.aprovar("gil@alquimia.com.br", SEGUNDA);
        campanha.pausar(SEGUNDA);
        assertThat(campanha.getStatus()).isEqualTo(pausada);

        campanha.retomar(false, TERCA);
        assertThat(campanha.getStatus()).as("no send scheduled yet").isEqualTo(aprovada);

        campanha.pausar(TERCA);
        campanha.retomar(true, TERCA);
        assertThat(campanha.getStatus()).as("its sends are scheduled").isEqualTo(ativa);

        campanha.pausar(TERCA);
        assertThat(campanha.getStatus()).as("an active campaign pauses too").isEqualTo(pausada);
        assertThatThrownBy(() -> campanha.pausar(TERCA))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot pause a campaign that is pausada; only one that is aprovada or ativa");
    }

    @Test
    void onlyADraftsMessagesChange() {
        JsonObject novas = Json.createObjectBuilder().add("topo", "…").build();
        campanha.substituirMensagens(novas, SEGUNDA);
        assertThat(campanha.getMensagens()).isEqualTo(novas);

        campanha.aprovar("gil@alquimia.com.br", SEGUNDA);

        assertThatThrownBy(() -> campanha.substituirMensagens(Roteiro.padrao().toJson(), TERCA))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot edit the messages of a campaign that is aprovada; only one that is rascunho");
        assertThat(campanha.getMensagens()).isEqualTo(novas);
    }

    @Test
    void theStatusesFollowTheCampaignsLifeAndAConcludedCampaignStaysConcluded() {
        assertThat(successors(rascunho)).containsExactly(aprovada);
        assertThat(successors(aprovada)).containsExactly(ativa, pausada);
        assertThat(successors(ativa)).containsExactly(pausada, concluida);
        assertThat(successors(pausada)).containsExactly(aprovada, ativa);
        assertThat(successors(concluida)).isEmpty();
    }

    private static CampanhaStatus[] successors(CampanhaStatus status) {
        return Arrays.stream(CampanhaStatus.values()).filter(status::seguePara).toArray(CampanhaStatus[]::new);
    }

    @Test
    void onlyAnApprovedOrActiveCampaignEnrolsItsSegmentsLaterLeadsOnItsOwn() {
        assertThat(campanha.isInscricaoAutomatica())
                .as("off until a person turns it on")
                .isFalse();
        assertThatThrownBy(() -> campanha.definirInscricaoAutomatica(true, SEGUNDA))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot set automatic enrolment of a campaign that is rascunho; only one that is aprovada"
                        + " or ativa");
        assertThat(campanha.isInscricaoAutomatica()).isFalse();

        campanha.aprovar("gil@alquimia.com.br", SEGUNDA);
        campanha.definirInscricaoAutomatica(true, TERCA);

        assertThat(campanha.isInscricaoAutomatica()).isTrue();
        assertThat(campanha.getUpdatedAt()).isEqualTo(TERCA.truncatedTo(java.time.temporal.ChronoUnit.MICROS));

        campanha.pausar(TERCA);
        assertThatThrownBy(() -> campanha.definirInscricaoAutomatica(false, TERCA))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessageContaining("that is pausada");
        assertThat(campanha.isInscricaoAutomatica())
                .as("a paused campaign keeps what it had")
                .isTrue();
    }
}
