package ai.alquimista.nigredo.atendimento.control;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.agendamento.boundary.AgendamentoNaConversa;
import ai.alquimista.nigredo.agendamento.events.RespostaAProposta;
import ai.alquimista.nigredo.agendamento.events.ReuniaoSolicitada;
import ai.alquimista.nigredo.atendimento.RedacaoIndisponivel;
import ai.alquimista.nigredo.atendimento.Redator;
import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.sentimento.ClassificadorPtBr;
import ai.alquimista.nigredo.sentimento.boundary.SentimentoService;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.PublishedEvents;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Atendimento on a lead's reply (seed 001 §5.4): what it read in the reply, the next step, the lead's status, the
 * answer that goes out through Disparo after a person's pause, or the review queue where a person decides.
 */
class AtendenteTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant AGORA = Instant.parse("2026-12-02T13:00:00Z");

    private final PublishedEvents eventos = new PublishedEvents();
    private final Cenario cenario =
            Cenario.daEmpresa(db, "Alquimia Vendas Ltda").comAgentes("nigredo-disparo", "nigredo-atendimento");
    private final UUID maria = cenario.lead(empresa("Padaria Pão Quente")
            .contato("MARIA SILVA")
            .telefone("+5511987654321")
            .email("maria@paoquente.com.br"));

    private Atendente atendente(Redatores redatores) {
        SentimentoService sentimento = Beans.wire(
                new SentimentoService(),
                new HopRecorder(),
                new ClassificadorPtBr(),
                Beans.wire(new ActivationGate(), db.entityManager()),
                db.entityManager());
        EnviosDaConversa envios = Beans.wire(
                new EnviosDaConversa(),
                db.dataSource(),
                Beans.wire(new RelogioDoDisparo(), Clock.fixed(AGORA, ZoneOffset.UTC), Optional.<String>empty()));
        return Beans.wire(
                new Atendente(),
                db.dataSource(),
                sentimento,
                redatores,
                envios,
                eventos,
                new PausaDeAtendimento(60, 0),
                Beans.wire(
                        new AgendamentoNaConversa(),
                        db.entityManager(),
                        Beans.wire(new ActivationGate(), db.entityManager()),
                        eventos));
    }

    private Atendente atendente() {
        return atendente(Beans.wire(new Redatores(), "embedded", new RedatorBedrock()));
    }

    private static Redatores escrevendo(Redator redator) {
        return new Redatores() {
            @Override
            public Redator redator() {
                return redator;
            }
        };
    }

    private LeadRespondeu respondeu(UUID lead, String texto, boolean descadastro) {
        UUID interacao = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.interacoes (id, tenant_id, lead_id, tipo, canal, mensagem, created_at)"
                        + " VALUES (?, ?, ?, 'recebido', 'whatsapp', ?, ?)",
                interacao,
                cenario.tenant(),
                lead,
                texto,
                Timestamp.from(AGORA.minusSeconds(30)));
        return new LeadRespondeu(lead, interacao, "whatsapp", texto, descadastro);
    }

    private void atender(Atendente atendente, LeadRespondeu resposta) {
        db.inTransaction(() -> atendente.atender(cenario.tenant(), resposta, UUID.randomUUID()));
    }

    private String interacao(LeadRespondeu resposta, String coluna) {
        return db.text("SELECT " + coluna + " FROM nigredo_leads.interacoes WHERE id = ?", resposta.interacaoId());
    }

    private long envios(String tipo) {
        return db.count(
                "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND tipo = ?", cenario.tenant(), tipo);
    }

    private String revisao(LeadRespondeu resposta, String coluna) {
        return db.text(
                "SELECT " + coluna + " FROM nigredo_leads.respostas_em_revisao WHERE interacao_id = ?",
                resposta.interacaoId());
    }

    @Test
    void aLeadWhoWantsAMeetingIsAnsweredAfterAPauseAndHandedToAgendamento() {
        LeadRespondeu interesse = respondeu(maria, "Tenho interesse, vamos agendar", false);

        atender(atendente(), interesse);

        assertThat(interacao(interesse, "sentimento")).isEqualTo("positivo");
        assertThat(interacao(interesse, "intencao")).isEqualTo("interesse");
        assertThat(interacao(interesse, "proximo_passo")).isEqualTo("forward_to_scheduler");
        assertThat(interacao(interesse, "trace_id")).isNotNull();
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("interessado");
        assertThat(eventos.all())
                .singleElement()
                .satisfies(publicado ->
                        assertThat(publicado.event()).isEqualTo(new ReuniaoSolicitada(maria, interesse.interacaoId())));
        assertThat(db.text(
                        "SELECT corpo FROM nigredo_leads.envios WHERE tipo = 'resposta' AND interacao_id = ?",
                        interesse.interacaoId()))
                .contains("Maria");
        assertThat(db.value("SELECT due_at FROM nigredo_leads.envios WHERE interacao_id = ?", interesse.interacaoId()))
                .isEqualTo(Timestamp.from(AGORA.plusSeconds(60)));
    }

    @Test
    void withAgendamentoActiveTheProposalIsTheAnswerToALeadWhoWantsAMeeting() {
        cenario.comAgentes("nigredo-agendamento");
        LeadRespondeu interesse = respondeu(maria, "Tenho interesse, vamos agendar", false);

        atender(atendente(), interesse);

        assertThat(interacao(interesse, "proximo_passo")).isEqualTo("forward_to_scheduler");
        assertThat(eventos.all())
                .singleElement()
                .satisfies(publicado ->
                        assertThat(publicado.event()).isEqualTo(new ReuniaoSolicitada(maria, interesse.interacaoId())));
        assertThat(envios("resposta")).isZero();
    }

    @Test
    void aLeadWithAnOpenProposalHasItsAnswerReadByAgendamentoButAnOptOutStillOptsOut() {
        cenario.comAgentes("nigredo-agendamento");
        db.execute(
                "INSERT INTO nigredo_leads.agendamentos (id, lead_id, tenant_id, data_hora, status)"
                        + " VALUES (?, ?, ?, ?, 'proposto')",
                UUID.randomUUID(),
                maria,
                cenario.tenant(),
                Timestamp.from(AGORA.plusSeconds(86_400)));
        LeadRespondeu escolha = respondeu(maria, "a segunda", false);
        LeadRespondeu pare = respondeu(maria, "PARE", true);

        atender(atendente(), escolha);
        atender(atendente(), pare);

        assertThat(interacao(escolha, "proximo_passo")).isNull();
        assertThat(eventos.all())
                .singleElement()
                .satisfies(publicado -> assertThat(publicado.event())
                        .isEqualTo(new RespostaAProposta(maria, escolha.interacaoId(), "whatsapp", "a segunda")));
        assertThat(interacao(pare, "proximo_passo")).isEqualTo("opt_out");
        assertThat(envios("confirmacao")).isEqualTo(1);
        assertThat(envios("resposta")).isZero();
    }

    @Test
    void theSameReplyHandledTwiceIsAnsweredOnce() {
        LeadRespondeu pergunta = respondeu(maria, "Quanto custa? Vocês atendem padarias?", false);

        atender(atendente(), pergunta);
        atender(atendente(), pergunta);

        assertThat(interacao(pergunta, "proximo_passo")).isEqualTo("nurture");
        assertThat(envios("resposta")).isEqualTo(1);
    }

    @Test
    void anOptOutIsConfirmedOnceAndNeverAnswered() {
        LeadRespondeu pare = respondeu(maria, "PARE", true);

        atender(atendente(), pare);

        assertThat(interacao(pare, "proximo_passo")).isEqualTo("opt_out");
        assertThat(envios("resposta")).isZero();
        assertThat(db.text(
                        "SELECT corpo FROM nigredo_leads.envios WHERE tipo = 'confirmacao'" + " AND interacao_id = ?",
                        pare.interacaoId()))
                .contains("Maria")
                .contains("LGPD");
        assertThat(eventos.all()).isEmpty();
    }

    @Test
    void anAngryLeadGetsNoAutomaticAnswerButAPerson() {
        LeadRespondeu irritado =
                respondeu(maria, "Que absurdo, já é a terceira mensagem, que falta de respeito!!!", false);

        atender(atendente(), irritado);

        assertThat(interacao(irritado, "sentimento")).isEqualTo("irritado");
        assertThat(interacao(irritado, "proximo_passo")).isEqualTo("escalate_human");
        assertThat(revisao(irritado, "rascunho")).isNull();
        assertThat(revisao(irritado, "motivo")).contains("irritado");
        assertThat(envios("resposta")).isZero();
    }

    @Test
    void aRefusalDisqualifiesTheLeadAndCancelsItsStages() {
        UUID campanha = campanhaAtiva();
        cenario.envio(campanha, maria, "meio", "agendado", AGORA.plusSeconds(86_400), null);
        LeadRespondeu recusa = respondeu(maria, "Não, obrigado.", false);

        atender(atendente(), recusa);

        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("descartado");
        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE lead_id = ? AND etapa = 'meio'", maria))
                .isEqualTo("cancelado");
    }

    @Test
    void inApprovalModeTheDraftWaitsForAPerson() {
        db.execute(
                "UPDATE alquimista_platform.agent_activations SET settings = '{\"modo_aprovacao\": true}'::jsonb"
                        + " WHERE tenant_id = ? AND agent_id = 'nigredo-atendimento'",
                cenario.tenant());
        LeadRespondeu pergunta = respondeu(maria, "Quanto custa? Vocês atendem padarias?", false);

        atender(atendente(), pergunta);

        assertThat(revisao(pergunta, "rascunho")).contains("Maria");
        assertThat(revisao(pergunta, "motivo")).contains("modo de aprovação");
        assertThat(envios("resposta")).isZero();
    }

    @Test
    void settingsStoredBeforeTheyWereCheckedSendTheReplyToAPerson() {
        db.execute(
                "UPDATE alquimista_platform.agent_activations SET settings = '{\"tom\": \"amigável\"}'::jsonb"
                        + " WHERE tenant_id = ? AND agent_id = 'nigredo-atendimento'",
                cenario.tenant());
        LeadRespondeu pergunta = respondeu(maria, "Quanto custa?", false);

        atender(atendente(), pergunta);

        assertThat(revisao(pergunta, "motivo")).contains("configurações de marca");
        assertThat(interacao(pergunta, "proximo_passo")).isEqualTo("nurture");
        assertThat(envios("resposta")).isZero();
    }

    @Test
    void aLongEmailIsReadByItsOpeningWithinSentimentosLimits() {
        String longo = "Tenho interesse, vamos agendar. " + "ção ".repeat(3_000);

        String lido = Atendente.legivel(longo);

        assertThat(lido).startsWith("Tenho interesse, vamos agendar.");
        assertThat(lido.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(5_000);
    }

    @Test
    void aDraftThatSaysItIsARobotNeverGoesOut() {
        LeadRespondeu pergunta = respondeu(maria, "Quanto custa?", false);

        atender(atendente(escrevendo(contexto -> "Oi! Sou um robô e respondo na hora.")), pergunta);

        assertThat(revisao(pergunta, "rascunho")).isEqualTo("Oi! Sou um robô e respondo na hora.");
        assertThat(revisao(pergunta, "motivo")).contains("política da marca").contains("robô");
        assertThat(envios("resposta")).isZero();
    }

    @Test
    void whenTheWriterIsDownAPersonAnswers() {
        LeadRespondeu pergunta = respondeu(maria, "Quanto custa?", false);

        atender(
                atendente(escrevendo(contexto -> {
                    throw new RedacaoIndisponivel("Bedrock answered 503");
                })),
                pergunta);

        assertThat(revisao(pergunta, "motivo")).contains("Bedrock answered 503");
        assertThat(envios("resposta")).isZero();
    }

    @Test
    void whenOnePersonAnswersTheCompanysOtherPeopleWait() {
        UUID pedro = cenario.lead(empresa("Padaria Pão Quente").contato("Pedro").email("pedro@paoquente.com.br"));
        UUID rui = cenario.lead(empresa("Mercado Bom").contato("Rui").email("rui@gmail.com"));
        UUID campanha = campanhaAtiva();
        cenario.envio(campanha, pedro, "topo", "agendado", AGORA, null);
        cenario.envio(campanha, rui, "topo", "agendado", AGORA, null);

        atender(atendente(), respondeu(maria, "Quanto custa?", false));

        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE lead_id = ?", pedro))
                .isEqualTo("retido");
        assertThat(db.text("SELECT motivo FROM nigredo_leads.envios WHERE lead_id = ?", pedro))
                .contains("Padaria Pão Quente respondeu por outro contato");
        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE lead_id = ?", rui))
                .isEqualTo("agendado");
    }

    @Test
    void aReplyNamingAnotherTenantsLeadIsNotAnswered() {
        Cenario outra = Cenario.daEmpresa(db, "Outra Empresa SA").comAgentes("nigredo-atendimento");
        UUID joao = outra.lead(empresa("Mercado Bom").contato("João").telefone("+5521987654321"));
        LeadRespondeu resposta = respondeu(joao, "Tenho interesse", false);

        atender(atendente(), resposta);

        assertThat(interacao(resposta, "proximo_passo")).isNull();
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.envios WHERE lead_id = ?", joao))
                .isZero();
    }

    private UUID campanhaAtiva() {
        UUID campanha = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, status, canal) VALUES (?, ?, 'Padarias',"
                        + " 'ativa', 'email')",
                campanha,
                cenario.tenant());
        return campanha;
    }
}
