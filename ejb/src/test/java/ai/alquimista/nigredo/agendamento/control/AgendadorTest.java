package ai.alquimista.nigredo.agendamento.control;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.agendamento.events.RespostaAProposta;
import ai.alquimista.nigredo.agendamento.events.ReuniaoConfirmada;
import ai.alquimista.nigredo.agendamento.events.ReuniaoSolicitada;
import ai.alquimista.nigredo.atendimento.boundary.FilaDeRevisao;
import ai.alquimista.nigredo.atendimento.boundary.Filas;
import ai.alquimista.nigredo.disparo.EnvioDeConversa;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.shared.json.JsonText;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.PublishedEvents;
import ai.alquimista.testing.SimulatedClock;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Agendamento's saga on the embedded database, with a sales calendar over a list: a lead who asked for a meeting is
 * offered three slots, answers, and gets one meeting and one confirmation — or, when something fails, the steps
 * already done are undone and a person takes over.
 */
class AgendadorTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    /** A Friday morning in São Paulo: the slots lie on Monday 23/11 to Friday 27/11. */
    private final SimulatedClock clock = SimulatedClock.em("2026-11-20T10:00");

    private final PublishedEvents eventos = new PublishedEvents();
    private final CalendarioEmMemoria calendarios = new CalendarioEmMemoria();
    private final Cenario cenario = comAgenda(Cenario.daEmpresa(db, "Alquimia Vendas Ltda"));
    private final UUID maria = cenario.lead(empresa("Padaria Pão Quente")
            .contato("MARIA SILVA")
            .telefone("+5511987654321")
            .email("maria@paoquente.com.br")
            .segmento("alimentacao", "ME", "alimentacao:ME"));

    private static Cenario comAgenda(Cenario cenario) {
        cenario.comAgentes("nigredo-disparo", "nigredo-atendimento", "nigredo-agendamento");
        db.execute(
                "UPDATE alquimista_platform.agent_activations SET settings ="
                        + " '{\"email_comercial\": \"vendas@alquimia.com.br\"}'::jsonb"
                        + " WHERE tenant_id = ? AND agent_id = 'nigredo-agendamento'",
                cenario.tenant());
        return cenario;
    }

    private Agendador agendador(EnviosDaConversa envios) {
        AuditTrail audit = Beans.wire(new AuditTrail(), db.entityManager());
        FilaDeRevisao fila = Filas.deRevisao(db, envios, new ai.alquimista.testing.PublishedEvents(), audit, clock);
        return Beans.wire(
                new Agendador(),
                db.entityManager(),
                db.dataSource(),
                calendarios,
                envios,
                fila,
                eventos,
                audit,
                clock,
                "agenda@alquimista.ai");
    }

    private EnviosDaConversa envios() {
        return Beans.wire(
                new EnviosDaConversa(),
                db.dataSource(),
                Beans.wire(new RelogioDoDisparo(), clock, Optional.<String>empty()));
    }

    private Agendador agendador() {
        return agendador(envios());
    }

    private UUID recebida(UUID tenant, UUID lead, String canal, String texto) {
        UUID interacao = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.interacoes (id, tenant_id, lead_id, tipo, canal, mensagem, sentimento,"
                        + " intensidade, created_at) VALUES (?, ?, ?, 'recebido', ?, ?, 'positivo', 70, ?)",
                interacao,
                tenant,
                lead,
                canal,
                texto,
                Timestamp.from(clock.instant()));
        clock.advance(java.time.Duration.ofMinutes(1));
        return interacao;
    }

    /** Maria answered the campaign on {@code canal} wanting a meeting, and Atendimento handed her over. */
    private UUID pediuReuniao(String canal) {
        db.execute(
                "INSERT INTO nigredo_leads.interacoes (id, tenant_id, lead_id, tipo, canal, mensagem, created_at)"
                        + " VALUES (?, ?, ?, 'enviado', ?, 'Olá Maria! Conhece a Alquimia?', ?)",
                UUID.randomUUID(),
                cenario.tenant(),
                maria,
                canal,
                Timestamp.from(clock.instant().minusSeconds(3600)));
        db.execute(
                "INSERT INTO nigredo_leads.interacoes (id, tenant_id, lead_id, tipo, canal, mensagem, sentimento,"
                        + " objecao, created_at) VALUES (?, ?, ?, 'recebido', ?, 'Achei caro', 'neutro', 'preco', ?)",
                UUID.randomUUID(),
                cenario.tenant(),
                maria,
                canal,
                Timestamp.from(clock.instant().minusSeconds(1800)));
        UUID pedido = recebida(cenario.tenant(), maria, canal, "Tenho interesse, vamos agendar");
        propor(pedido);
        return pedido;
    }

    private void propor(UUID pedido) {
        db.inTransaction(() -> agendador().propor(cenario.tenant(), new ReuniaoSolicitada(maria, pedido)));
    }

    private UUID responder(String texto) {
        return responder(agendador(), texto);
    }

    private UUID responder(Agendador agendador, String texto) {
        String canal = db.text(
                "SELECT canal FROM nigredo_leads.agendamentos WHERE lead_id = ? ORDER BY created_at DESC LIMIT 1",
                maria);
        UUID interacao = recebida(cenario.tenant(), maria, canal, texto);
        db.inTransaction(
                () -> agendador.responder(cenario.tenant(), new RespostaAProposta(maria, interacao, canal, texto)));
        return interacao;
    }

    private String agendamento(String coluna) {
        return db.text("SELECT " + coluna + " FROM nigredo_leads.agendamentos WHERE lead_id = ?", maria);
    }

    private List<Horario> opcoes(String coluna) {
        return JsonText.array(agendamento(coluna)).getValuesAs(JsonObject.class).stream()
                .map(o -> new Horario(Instant.parse(o.getString("inicio")), Instant.parse(o.getString("fim"))))
                .toList();
    }

    /** What Maria was sent in answer to her message {@code interacao}. */
    private String mensagem(UUID interacao) {
        return db.text(
                "SELECT corpo FROM nigredo_leads.envios WHERE tipo = 'agendamento' AND interacao_id = ?", interacao);
    }

    private long mensagens() {
        return db.count("SELECT count(*) FROM nigredo_leads.envios WHERE tipo = 'agendamento' AND lead_id = ?", maria);
    }

    private String revisao(UUID interacao) {
        return db.text("SELECT motivo FROM nigredo_leads.respostas_em_revisao WHERE interacao_id = ?", interacao);
    }

    private CalendarioEmMemoria.Agenda agenda() {
        return calendarios.de(cenario.tenant());
    }

    private List<ReuniaoConfirmada> confirmadas() {
        return eventos.all().stream()
                .map(PublishedEvents.Published::event)
                .filter(ReuniaoConfirmada.class::isInstance)
                .map(ReuniaoConfirmada.class::cast)
                .toList();
    }

    @Test
    void aLeadIsOfferedThreeSlotsAnswersOneAndGetsOneMeetingOneInviteAndABriefing() {
        UUID pedido = pediuReuniao("email");

        assertThat(agendamento("status")).isEqualTo("proposto");
        List<Horario> oferta = opcoes("opcoes");
        assertThat(oferta).hasSize(3);
        assertThat(mensagem(pedido))
                .startsWith("Que ótimo, Maria! Tenho estes horários para a nossa conversa:\n1) segunda, 23/11, às 9h\n")
                .contains("2) ")
                .contains("3) ")
                .contains("Responda com o número da opção.");

        UUID um = responder("1");

        assertThat(agendamento("status")).isEqualTo("confirmado");
        assertThat(db.value("SELECT data_hora FROM nigredo_leads.agendamentos WHERE lead_id = ?", maria))
                .isEqualTo(Timestamp.from(oferta.get(0).inicio()));
        assertThat(agenda().eventos()).singleElement().satisfies(reserva -> {
            assertThat(reserva.horario()).isEqualTo(oferta.get(0));
            assertThat(reserva.evento().titulo()).isEqualTo("Reunião - Padaria Pão Quente");
            // the briefing is internal: the lead is invited by the confirmation's own invite, not by the calendar
            assertThat(reserva.evento().participantes()).containsExactly("vendas@alquimia.com.br");
            assertThat(reserva.evento().descricao()).isEqualTo(agendamento("briefing"));
        });
        assertThat(agendamento("calendar_event_id")).isEqualTo("evt-1");
        assertThat(mensagem(um))
                .startsWith("Reunião confirmada, Maria: segunda, 23/11, às 9h")
                .contains("anexo");
        JsonObject convite = JsonText.array(
                        db.text("SELECT anexos FROM nigredo_leads.envios WHERE interacao_id = ?", um))
                .getJsonObject(0);
        assertThat(convite.getString("nome")).isEqualTo("convite.ics");
        String ics = new String(Base64.getDecoder().decode(convite.getString("conteudo")), StandardCharsets.UTF_8);
        assertThat(ics)
                .contains("METHOD:REQUEST")
                .contains("DTSTART:20261123T120000Z")
                .contains("ORGANIZER;CN=\"Alquimia Vendas Ltda\":mailto:vendas@alquimia.com.br")
                .contains("mailto:maria@paoquente.com.br")
                .doesNotContain("Achei caro");
        assertThat(agendamento("briefing"))
                .contains("- Empresa: Padaria Pão Quente")
                .contains("- Setor: alimentacao")
                .contains("- Porte: ME")
                .contains("Objeções levantadas: preco")
                .contains("Olá Maria! Conhece a Alquimia?")
                .contains("Tenho interesse, vamos agendar");
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("agendado");
        assertThat(confirmadas())
                .containsExactly(new ReuniaoConfirmada(
                        UUID.fromString(agendamento("id")), maria, oferta.get(0).inicio()));
        assertThat(mensagens()).isEqualTo(2);
    }

    @Test
    void onWhatsAppTheConfirmationIsAText() {
        pediuReuniao("whatsapp");

        UUID terceira = responder("pode ser a terceira");

        assertThat(agendamento("status")).isEqualTo("confirmado");
        assertThat(mensagem(terceira)).startsWith("Reunião confirmada, Maria:").doesNotContain("anexo");
        assertThat(db.text("SELECT anexos FROM nigredo_leads.envios WHERE interacao_id = ?", terceira))
                .isEqualTo("[]");
    }

    @Test
    void noneOfThemBringsThreeNewSlotsNoneOfferedBefore() {
        pediuReuniao("whatsapp");
        List<Horario> primeiras = opcoes("opcoes");

        UUID nenhum = responder("nenhum desses");

        List<Horario> novas = opcoes("opcoes");
        assertThat(novas).hasSize(3).doesNotContainAnyElementsOf(primeiras);
        assertThat(opcoes("ja_propostos")).containsAll(primeiras).containsAll(novas);
        assertThat(mensagem(nenhum)).startsWith("Sem problema, Maria! Que tal um destes:\n1) ");
        assertThat(agendamento("status")).isEqualTo("proposto");
        assertThat(agenda().eventos()).isEmpty();
    }

    @Test
    void anAnswerThatFitsNoSlotIsAskedAgainAndAfterThreeAPersonTakesOver() {
        pediuReuniao("whatsapp");

        UUID primeira = responder("pode ser amanhã?");
        responder("quinta às 16h");

        assertThat(mensagem(primeira)).startsWith("Desculpe, Maria, não entendi qual horário prefere.");
        assertThat(agendamento("status")).isEqualTo("proposto");
        assertThat(agenda().eventos()).isEmpty();

        UUID terceira = responder("sei lá");

        assertThat(agendamento("status")).isEqualTo("cancelado");
        assertThat(agendamento("encerramento")).contains("3 respostas");
        assertThat(mensagem(terceira)).contains("Uma pessoa do nosso time vai falar com você");
        assertThat(revisao(terceira)).contains("combine a reunião");
        assertThat(confirmadas()).isEmpty();
    }

    @Test
    void aSlotBookedByAnotherMeanwhileBringsANewProposalNeverADoubleBooking() {
        pediuReuniao("whatsapp");
        List<Horario> oferta = opcoes("opcoes");
        agenda().ocupadoPorOutro(oferta.get(0));

        UUID um = responder("1");

        assertThat(agendamento("status")).isEqualTo("proposto");
        assertThat(agenda().eventos()).isEmpty();
        assertThat(mensagem(um)).contains("acabou de ser reservado");
        assertThat(opcoes("opcoes")).hasSize(3).doesNotContainAnyElementsOf(oferta);
    }

    @Test
    void aSlotTakenByAnotherInstanceBetweenTheCheckAndTheBookingBringsANewProposal() {
        pediuReuniao("whatsapp");
        List<Horario> oferta = opcoes("opcoes");
        agenda().tomadoEntreAVerificacaoEAReserva(oferta.get(1));

        UUID dois = responder("2");

        assertThat(agenda().eventos()).isEmpty();
        assertThat(agendamento("status")).isEqualTo("proposto");
        assertThat(mensagem(dois)).contains("acabou de ser reservado");

        responder("1");

        assertThat(agendamento("status")).isEqualTo("confirmado");
        assertThat(agenda().eventos())
                .singleElement()
                .satisfies(r -> assertThat(r.horario()).isNotEqualTo(oferta.get(1)));
    }

    @Test
    void aCalendarThatFailsLeavesNoMeetingAndTheLeadIsToldAPersonWillConfirm() {
        pediuReuniao("whatsapp");
        agenda().foraAoCriar();

        UUID um = responder("1");

        assertThat(agendamento("status")).isEqualTo("cancelado");
        assertThat(agendamento("encerramento")).contains("o calendário não respondeu");
        assertThat(agenda().eventos()).isEmpty();
        assertThat(mensagem(um)).contains("Uma pessoa do nosso time vai confirmar o horário com você");
        assertThat(revisao(um)).contains("confirme a reunião");
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isNotEqualTo("agendado");
        assertThat(confirmadas()).isEmpty();
    }

    @Test
    void aCalendarDownWhenProposingHandsTheConversationToAPerson() {
        agenda().fora();

        UUID pedido = pediuReuniao("whatsapp");

        assertThat(agendamento("id")).isNull();
        assertThat(mensagem(pedido)).contains("Uma pessoa do nosso time vai falar com você");
        assertThat(revisao(pedido)).contains("o calendário não respondeu");
    }

    @Test
    void aConfirmationThatCannotBeScheduledCancelsTheCalendarEvent() {
        pediuReuniao("email");
        EnviosDaConversa semAnexos = new EnviosDaConversa() {
            @Override
            public UUID programar(EnvioDeConversa envio) {
                if (!envio.anexos().isEmpty()) {
                    throw new IllegalStateException("the e-mail provider refuses attachments");
                }
                return super.programar(envio);
            }
        };
        Beans.wire(semAnexos, db.dataSource(), Beans.wire(new RelogioDoDisparo(), clock, Optional.<String>empty()));

        UUID um = responder(agendador(semAnexos), "1");

        assertThat(agenda().eventos()).isEmpty();
        assertThat(agenda().cancelamentos()).isEqualTo(1);
        assertThat(agendamento("status")).isEqualTo("cancelado");
        assertThat(agendamento("encerramento")).contains("o evento foi cancelado");
        assertThat(mensagem(um)).isNull();
        assertThat(revisao(um)).contains("não pôde ser enviada");
        assertThat(confirmadas()).isEmpty();
    }

    @Test
    void redeliveredMessagesChangeNothingTwice() {
        UUID pedido = pediuReuniao("email");
        propor(pedido);
        String canal = "email";
        UUID um = recebida(cenario.tenant(), maria, canal, "1");
        RespostaAProposta resposta = new RespostaAProposta(maria, um, canal, "1");

        db.inTransaction(() -> agendador().responder(cenario.tenant(), resposta));
        db.inTransaction(() -> agendador().responder(cenario.tenant(), resposta));

        assertThat(db.count("SELECT count(*) FROM nigredo_leads.agendamentos WHERE lead_id = ?", maria))
                .isEqualTo(1);
        assertThat(mensagens()).isEqualTo(2);
        assertThat(agenda().eventos()).hasSize(1);
        assertThat(confirmadas()).hasSize(1);
        assertThat(revisao(um)).isNull();
    }

    @Test
    void twoTenantsBookTheSameHourInTheirOwnCalendarsAndNeverSeeEachOther() {
        pediuReuniao("whatsapp");
        Cenario outra = comAgenda(Cenario.daEmpresa(db, "Outra Vendas"));
        UUID joao = outra.lead(empresa("Mercado Bom").contato("João").telefone("+5511911112222"));
        UUID pedidoDoJoao = recebida(outra.tenant(), joao, "whatsapp", "Quero agendar");
        db.inTransaction(() -> agendador().propor(outra.tenant(), new ReuniaoSolicitada(joao, pedidoDoJoao)));

        responder("1");
        UUID umDoJoao = recebida(outra.tenant(), joao, "whatsapp", "1");
        db.inTransaction(
                () -> agendador().responder(outra.tenant(), new RespostaAProposta(joao, umDoJoao, "whatsapp", "1")));

        assertThat(calendarios.de(cenario.tenant()).eventos()).hasSize(1);
        assertThat(calendarios.de(outra.tenant()).eventos()).hasSize(1);
        assertThat(calendarios.de(outra.tenant()).eventos().get(0).horario())
                .isEqualTo(calendarios.de(cenario.tenant()).eventos().get(0).horario());
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.agendamentos WHERE tenant_id = ? AND status = 'confirmado'",
                        outra.tenant()))
                .isEqualTo(1);
        assertThat(db.text("SELECT briefing FROM nigredo_leads.agendamentos WHERE tenant_id = ?", outra.tenant()))
                .contains("Mercado Bom")
                .doesNotContain("Padaria");
    }
}
