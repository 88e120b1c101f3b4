package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.SimulatedClock.brasilia;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.testing.EmbeddedDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An approved campaign turned into its sends: one per lead and stage, once, however often it is asked. */
class ProgramacaoDeEnviosTest {

    private static final Instant APROVADA_EM = brasilia("2026-12-01T10:00");
    private static final Duration JITTER = Duration.ofMinutes(5);

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    @Test
    void anApprovedCampaignGetsOneSendPerLeadAndStageAndBecomesActive() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID whatsapp = aLead(tenant).telefone("+5511912345678").insert(database);
        UUID email = aLead(tenant).email("maria@paoquente.com.br").insert(database);
        UUID campanha = aCampanha(tenant)
                .canal("multi")
                .lead(whatsapp, CanalDeEnvio.whatsapp, Variante.A)
                .lead(email, CanalDeEnvio.email, Variante.B)
                .insert(database);

        int programados = programar(campanha, tenant);

        assertThat(programados).isEqualTo(6);
        for (UUID lead : List.of(whatsapp, email)) {
            assertThat(envio(lead, "topo")).containsEntry("due_at", APROVADA_EM);
            assertThat((Instant) envio(lead, "meio").get("due_at"))
                    .as("meio three days after the start, give or take five minutes")
                    .isBetween(
                            APROVADA_EM.plus(Duration.ofDays(3)).minus(JITTER),
                            APROVADA_EM.plus(Duration.ofDays(3)).plus(JITTER));
            assertThat((Instant) envio(lead, "fundo").get("due_at"))
                    .as("fundo a week after the start")
                    .isBetween(
                            APROVADA_EM.plus(Duration.ofDays(7)).minus(JITTER),
                            APROVADA_EM.plus(Duration.ofDays(7)).plus(JITTER));
        }
        assertThat(envio(whatsapp, "topo"))
                .containsEntry("status", "agendado")
                .containsEntry("canal", "whatsapp")
                .containsEntry("variante", "A")
                .containsEntry("destinatario", "+5511912345678")
                .containsEntry("idempotency_key", whatsapp + ":" + campanha + ":topo");
        assertThat(envio(email, "meio"))
                .containsEntry("canal", "email")
                .containsEntry("variante", "B")
                .containsEntry("destinatario", "maria@paoquente.com.br");
        assertThat(statusDa(campanha)).isEqualTo("ativa");
        assertThat(database.value(
                        "SELECT proximo_envio_em FROM nigredo_leads.disparo_ritmo WHERE tenant_id = ?",
                        Instant.class,
                        tenant))
                .as("the tenant's pace is woken for the first touches")
                .isEqualTo(APROVADA_EM);
    }

    @Test
    void schedulingTheSameCampaignTwiceAddsNothing() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        UUID campanha = aCampanha(tenant).lead(lead).insert(database);
        programar(campanha, tenant);
        List<Map<String, Object>> primeiraVez = envios(campanha);

        int segundaVez = programar(campanha, tenant);

        assertThat(segundaVez).isZero();
        assertThat(envios(campanha)).isEqualTo(primeiraVez).hasSize(3);
    }

    @Test
    void aLeadWithoutAnAddressOnItsChannelGetsNoSends() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID semEmail = aLead(tenant).email(null).insert(database);
        UUID semTelefone = aLead(tenant).telefone(null).insert(database);
        UUID campanha = aCampanha(tenant)
                .canal("multi")
                .lead(semEmail, CanalDeEnvio.email, Variante.A)
                .lead(semTelefone, CanalDeEnvio.whatsapp, Variante.A)
                .insert(database);

        assertThat(programar(campanha, tenant)).isZero();
        assertThat(envios(campanha)).isEmpty();
    }

    @Test
    void aDraftCampaignIsNotScheduled() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        UUID campanha = aCampanha(tenant).status("rascunho").lead(lead).insert(database);

        assertThat(programar(campanha, tenant)).isZero();

        assertThat(envios(campanha)).isEmpty();
        assertThat(statusDa(campanha)).isEqualTo("rascunho");
    }

    @Test
    void aCampaignPausedBeforeItsSendsWereScheduledGetsThemButStaysPaused() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        UUID campanha = aCampanha(tenant).status("pausada").lead(lead).insert(database);

        assertThat(programar(campanha, tenant)).isEqualTo(3);

        assertThat(statusDa(campanha)).isEqualTo("pausada");
    }

    @Test
    void anotherTenantCannotScheduleTheCampaign() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID outro = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        UUID campanha = aCampanha(tenant).lead(lead).insert(database);

        assertThat(programar(campanha, outro)).isZero();

        assertThat(envios(campanha)).isEmpty();
        assertThat(statusDa(campanha)).isEqualTo("aprovada");
    }

    private int programar(UUID campanha, UUID tenant) throws SQLException {
        return database.inTransaction(db -> ProgramacaoDeEnvios.programar(db, campanha, tenant, APROVADA_EM));
    }

    private Map<String, Object> envio(UUID lead, String etapa) throws SQLException {
        return database.row(
                "SELECT status, canal, variante, destinatario, idempotency_key, due_at FROM nigredo_leads.envios"
                        + " WHERE lead_id = ? AND etapa = ?",
                lead,
                etapa);
    }

    private List<Map<String, Object>> envios(UUID campanha) throws SQLException {
        return database.rows(
                "SELECT id, lead_id, etapa, due_at FROM nigredo_leads.envios WHERE campanha_id = ? ORDER BY id",
                campanha);
    }

    private String statusDa(UUID campanha) throws SQLException {
        return database.value("SELECT status FROM nigredo_leads.campanhas WHERE id = ?", String.class, campanha);
    }
}
