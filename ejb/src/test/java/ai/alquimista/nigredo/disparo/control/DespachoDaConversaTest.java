package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.Anexo;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.disparo.EnvioDeConversa;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.leads.Conta;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Atendimento's answers leave through Disparo's dispatch: once per reply, whatever the campaign's state, inside the
 * lead's business hours; the opt-out confirmation reaches a lead who is now blocked; WhatsApp's 24-hour window holds.
 */
class DespachoDaConversaTest extends DespachoCenario {

    private EnviosDaConversa conversa;
    private UUID maria;

    @BeforeEach
    void aPadariaAnswered() throws SQLException {
        tenant = aTenant().insert(database);
        conversa = Beans.wire(
                new EnviosDaConversa(),
                database.dataSource(),
                Beans.wire(new RelogioDoDisparo(), clock, Optional.<String>empty()));
        maria = aLead(tenant)
                .empresa("Padaria Pão Quente")
                .cnpj("12.345.678/0001-90")
                .email("maria@paoquente.com.br")
                .status("respondeu")
                .insert(database);
    }

    private UUID recebida(UUID lead, Instant quando) throws SQLException {
        UUID interacao = UUID.randomUUID();
        database.execute(
                "INSERT INTO nigredo_leads.interacoes (id, tenant_id, lead_id, tipo, canal, mensagem, created_at)"
                        + " VALUES (?, ?, ?, 'recebido', 'whatsapp', 'Tenho interesse', ?)",
                interacao,
                tenant,
                lead,
                java.sql.Timestamp.from(quando));
        return interacao;
    }

    private UUID responder(UUID interacao, TipoDeEnvio tipo, Duration pausa) throws SQLException {
        return database.inTransaction(db -> conversa.programar(new EnvioDeConversa(
                tenant, maria, interacao, tipo, CanalDeEnvio.whatsapp, null, "Oi Maria, que bom!", pausa)));
    }

    @Test
    void aMeetingConfirmationByEmailCarriesItsInvite() throws SQLException {
        UUID interacao = recebida(maria, clock.instant().minusSeconds(60));
        Anexo convite =
                new Anexo("convite.ics", "text/calendar; method=REQUEST; charset=UTF-8", "BEGIN:VCALENDAR".getBytes());

        database.inTransaction(db -> conversa.programar(new EnvioDeConversa(
                tenant,
                maria,
                interacao,
                TipoDeEnvio.agendamento,
                CanalDeEnvio.email,
                "Reunião com a Alquimia",
                "Reunião confirmada, Maria.",
                Duration.ZERO,
                List.of(convite))));
        rodarAte(clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(unicaMensagem().anexos()).containsExactly(convite);
        assertThat(unicaMensagem().destinatario()).isEqualTo("maria@paoquente.com.br");
    }

    @Test
    void anAnswerScheduledTwiceGoesOutOnceEvenWhileTheCampaignIsPaused() throws SQLException {
        aCampanha(tenant).status("pausada").lead(maria).insert(database);
        UUID interacao = recebida(maria, clock.instant().minusSeconds(60));

        UUID primeiro = responder(interacao, TipoDeEnvio.resposta, Duration.ofSeconds(90));
        UUID segundo = responder(interacao, TipoDeEnvio.resposta, Duration.ofSeconds(90));
        rodarAte(clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(segundo).isEqualTo(primeiro);
        assertThat(unicaMensagem().corpo()).isEqualTo("Oi Maria, que bom!");
        assertThat(unicaMensagem().modelo()).isEmpty();
        assertThat(database.value("SELECT status FROM nigredo_leads.envios WHERE id = ?", String.class, primeiro))
                .isEqualTo("enviado");
    }

    @Test
    void anAnswerWrittenAtNightWaitsForTheLeadsMorning() throws SQLException {
        clock.set(Instant.parse("2026-12-01T23:30:00Z"));
        UUID interacao = recebida(maria, clock.instant().minusSeconds(60));

        responder(interacao, TipoDeEnvio.resposta, Duration.ofSeconds(90));
        rodarAte(Instant.parse("2026-12-02T10:30:00Z"));

        assertThat(provedor.mensagens()).isEmpty();
        rodarAte(Instant.parse("2026-12-02T13:00:00Z"));
        assertThat(unicaMensagem().corpo()).isEqualTo("Oi Maria, que bom!");
    }

    @Test
    void theOptOutConfirmationReachesTheLeadItBlocked() throws SQLException {
        UUID interacao = recebida(maria, clock.instant().minusSeconds(30));
        database.execute("UPDATE nigredo_leads.leads SET status = 'descadastrado' WHERE id = ?", maria);
        database.execute(
                "INSERT INTO nigredo_leads.blocklist (id, tenant_id, lead_id, telefone) VALUES (?, ?, ?,"
                        + " (SELECT telefone FROM nigredo_leads.leads WHERE id = ?))",
                UUID.randomUUID(),
                tenant,
                maria,
                maria);

        responder(interacao, TipoDeEnvio.confirmacao, Duration.ZERO);
        UUID resposta = responder(recebida(maria, clock.instant()), TipoDeEnvio.resposta, Duration.ZERO);
        rodarAte(clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(unicaMensagem().corpo()).isEqualTo("Oi Maria, que bom!");
        assertThat(database.value("SELECT status FROM nigredo_leads.envios WHERE id = ?", String.class, resposta))
                .isEqualTo("bloqueado");
    }

    @Test
    void pastTheWhatsappWindowWithoutATemplateTheAnswerFailsSayingWhy() throws SQLException {
        UUID interacao = recebida(maria, clock.instant().minus(Duration.ofHours(30)));

        UUID envio = responder(interacao, TipoDeEnvio.resposta, Duration.ZERO);
        rodarAte(clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(provedor.mensagens()).isEmpty();
        assertThat(database.row("SELECT status, motivo FROM nigredo_leads.envios WHERE id = ?", envio))
                .containsEntry("status", "falhou")
                .satisfies(row -> assertThat((String) row.get("motivo")).contains("modelo_whatsapp_retomada"));
    }

    @Test
    void pastTheWindowTheTenantsReEngagementTemplateGoesInstead() throws SQLException {
        database.execute(
                "UPDATE alquimista_platform.agent_activations SET settings = settings"
                        + " || '{\"modelo_whatsapp_retomada\": \"retomar_conversa\"}'::jsonb"
                        + " WHERE tenant_id = ? AND agent_id = 'nigredo-disparo'",
                tenant);
        UUID interacao = recebida(maria, clock.instant().minus(Duration.ofHours(30)));

        responder(interacao, TipoDeEnvio.resposta, Duration.ZERO);
        rodarAte(clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(unicaMensagem().modelo())
                .hasValueSatisfying(modelo -> assertThat(modelo.nome()).isEqualTo("retomar_conversa"));
    }

    @Test
    void whenOnePersonAnswersTheCompanysOtherPeopleWaitUntilSomeoneReleasesThem() throws SQLException {
        UUID joao = aLead(tenant)
                .empresa("Padaria Pão Quente — filial")
                .cnpj("12345678000271")
                .insert(database);
        UUID ana = aLead(tenant).email("ana@paoquente.com.br").insert(database);
        UUID outraEmpresa = aLead(tenant).email("rui@gmail.com").insert(database);
        programar(aCampanha(tenant).status("aprovada").lead(joao).lead(ana).lead(outraEmpresa));
        Conta conta = Conta.de("12.345.678/0001-90", "maria@paoquente.com.br");

        int retidos =
                database.inTransaction(db -> conversa.reterDaConta(tenant, maria, conta, "retido: Maria respondeu"));
        rodarAte(clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(retidos).isEqualTo(6);
        assertThat(provedor.mensagens())
                .singleElement()
                .satisfies(m -> assertThat(m.destinatario())
                        .isEqualTo(database.value(
                                "SELECT telefone FROM nigredo_leads.leads WHERE id = ?", String.class, outraEmpresa)));
        assertThat(envio(joao, Etapa.topo)).containsEntry("status", "retido");

        int liberados = database.inTransaction(db -> conversa.liberarDaConta(tenant, maria, conta));
        rodarAte(clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(liberados).isEqualTo(6);
        assertThat(envio(joao, Etapa.topo)).containsEntry("status", "enviado");
        assertThat(envio(ana, Etapa.topo)).containsEntry("status", "enviado");
    }
}
