package ai.alquimista.nigredo.sentimento.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.EventDetails;
import ai.alquimista.fibonacci.events.EventSubmission;
import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.fibonacci.traces.boundary.HopTiming;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.interacoes.entity.Interacao;
import ai.alquimista.nigredo.interacoes.entity.InteracaoCanal;
import ai.alquimista.nigredo.interacoes.entity.InteracaoTipo;
import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Classificador;
import ai.alquimista.nigredo.sentimento.ClassificadorPtBr;
import ai.alquimista.nigredo.sentimento.Intencao;
import ai.alquimista.nigredo.sentimento.events.AnaliseSolicitada;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.shared.errors.Forbidden;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.testing.JpaDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sentimento as Atendimento, a tenant user and the pipeline use it: a synchronous analysis, the activation a user
 * needs, the text it refuses, and a {@code sentiment.requested} event that classifies a lead's interação.
 */
class SentimentoServiceTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant AGORA = Instant.parse("2026-12-02T13:00:00Z");

    private Classificador classificador = new ClassificadorPtBr();

    private SentimentoService sentimento() {
        EntityManager em = db.entityManager();
        ActivationGate gate = Beans.wire(new ActivationGate(), em);
        HopRecorder hops = Beans.wire(new HopRecorder(), em, Clock.fixed(AGORA, ZoneOffset.UTC), gate, new HopTiming());
        return Beans.wire(new SentimentoService(), hops, classificador, gate, em);
    }

    @Test
    void atendimentoGetsTheAnalysisOfAReplyInItsOwnTransaction() {
        UUID tenant = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").tenant();

        Analise analise = db.inTransaction(() -> sentimento().analisar(tenant, "Tenho interesse, vamos agendar"));

        assertThat(analise.sentimento()).isEqualTo(Sentimento.positivo);
        assertThat(analise.intencao()).isEqualTo(Intencao.interesse);
        assertThat(analise.descadastro()).isFalse();
    }

    @Test
    void aTextThatIsMissingBlankOrTooLongIsRefusedNamingTexto() {
        UUID tenant = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").tenant();

        for (String texto : new String[] {null, "", "   \n", "a".repeat(SentimentoService.MAX_CARACTERES + 1)}) {
            assertThatThrownBy(() -> db.inTransaction(() -> sentimento().analisar(tenant, texto)))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.violations())
                                    .singleElement()
                                    .satisfies(v -> assertThat(v.field()).isEqualTo("texto")));
        }
        assertThat(db.inTransaction(() -> sentimento().analisar(tenant, "ok".repeat(2_500))))
                .as("exactly the limit")
                .isNotNull();
    }

    @Test
    void aUserOfATenantWithoutSentimentoIsForbidden() {
        Cenario semSentimento = Cenario.daEmpresa(db, "Oficina do Otto").comAgentes("nigredo-atendimento");
        Cenario comSentimento = Cenario.daEmpresa(db, "Padaria Pão Quente").comAgentes("nigredo-sentimento");

        assertThatThrownBy(() -> db.inTransaction(
                        () -> sentimento().analisarPara(semSentimento.gestor("otto@oficina.com.br"), "PARE")))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("nigredo-sentimento");
        Analise analise =
                db.inTransaction(() -> sentimento().analisarPara(comSentimento.gestor("gil@padaria.com.br"), "PARE"));
        assertThat(analise.descadastro()).isTrue();
    }

    @Test
    void aRequestedAnalysisWritesTheSentimentOnTheTenantsInteracao() {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").comAgentes("nigredo-sentimento");
        UUID lead = cenario.lead(empresa("Padaria Pão Quente").email("maria@paoquente.com.br"));
        UUID interacao = interacao(cenario.tenant(), lead, "NÃO QUERO MAIS RECEBER ISSO!!! QUE SACO");

        AgentMessage pedido = pedido(
                cenario.tenant(), new AnaliseSolicitada("NÃO QUERO MAIS RECEBER ISSO!!! QUE SACO", lead, interacao));

        db.inTransaction(() -> sentimento().receive(pedido));

        assertThat(db.text("SELECT sentimento FROM nigredo_leads.interacoes WHERE id = ?", interacao))
                .isEqualTo("irritado");
        assertThat(db.count("SELECT intensidade FROM nigredo_leads.interacoes WHERE id = ?", interacao))
                .isBetween(60L, 100L);
    }

    @Test
    void anInteracaoOfAnotherTenantIsLeftAlone() {
        Cenario nosso = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").comAgentes("nigredo-sentimento");
        Cenario outro = Cenario.daEmpresa(db, "Oficina do Otto");
        UUID leadDoOutro = outro.lead(empresa("Oficina do Otto").email("otto@oficina.com.br"));
        UUID interacaoDoOutro = interacao(outro.tenant(), leadDoOutro, "Tenho interesse");

        AgentMessage pedido = pedido(nosso.tenant(), new AnaliseSolicitada("Tenho interesse", null, interacaoDoOutro));

        db.inTransaction(() -> sentimento().receive(pedido));

        assertThat(db.text("SELECT sentimento FROM nigredo_leads.interacoes WHERE id = ?", interacaoDoOutro))
                .isNull();
    }

    @Test
    void aProviderFailureRollsTheHopBackSoTheMessageComesAgain() {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").comAgentes("nigredo-sentimento");
        classificador = texto -> {
            throw new ClassificacaoIndisponivel("comprehend", "InternalServerException", "HTTP 500", null);
        };
        AgentMessage pedido = pedido(cenario.tenant(), new AnaliseSolicitada("Tenho interesse", null, null));

        assertThatThrownBy(() -> db.inTransaction(() -> sentimento().receive(pedido)))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(ClassificacaoIndisponivel.class);
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.processed_messages WHERE consumer = 'sentimento'"
                                + " AND message_key = ?",
                        "event:" + pedido.eventId().orElseThrow()))
                .isZero();
    }

    private UUID interacao(UUID tenant, UUID lead, String mensagem) {
        return db.inTransaction(() -> {
            Interacao interacao =
                    new Interacao(tenant, lead, InteracaoTipo.recebido, InteracaoCanal.whatsapp, mensagem, null);
            db.entityManager().persist(interacao);
            return interacao.getId();
        });
    }

    /** The event stored and routed to Sentimento, as Fibonacci would, and the message that names it. */
    private AgentMessage pedido(UUID tenant, AnaliseSolicitada analise) {
        EventSubmission submission = EventDetails.submission(analise, tenant);
        UUID trace = UUID.randomUUID();
        Event event = db.inTransaction(() -> {
            Event stored = new Event(submission.source(), submission.type(), submission.detail(), trace);
            stored.setTenantId(tenant);
            stored.markRouted(Queue.SENTIMENTO.logicalName());
            db.entityManager().persist(stored);
            return stored;
        });
        return AgentMessage.parse(
                "message-" + UUID.randomUUID(), 1, AgentMessage.envelope(event.getId(), trace, submission));
    }
}
