package ai.alquimista.fibonacci.traces.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.alquimista.fibonacci.events.EventDetails;
import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.events.control.AcceptedEvent;
import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.FiredEvents;
import ai.alquimista.nigredo.recebimento.events.LeadsImportados;
import ai.alquimista.nigredo.sentimento.events.AnaliseSolicitada;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.shared.tracing.TraceContext;
import ai.alquimista.shared.tracing.Tracing;
import ai.alquimista.testing.JpaDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A trace follows a request into an agent and out again: the request's trace and correlation id go with the event it
 * publishes, the agent's hop takes them from the stored event, and what the agent publishes joins the same trace. A
 * tenant reads only its own events of a trace, even when another tenant named the same trace id.
 */
class TraceQueryTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final OperatorCaller OPERADOR =
            new OperatorCaller(UUID.fromString("0b0e0000-0000-4000-8000-000000000007"), "198.51.100.7", "console");

    private final EntityManager em = db.entityManager();
    private final EventIntake intake = Beans.wire(new EventIntake(), em, new FiredEvents<OutboxWritten>());
    private final HopTiming timing = new HopTiming();
    private final HopRecorder hops =
            Beans.wire(new HopRecorder(), em, Clock.systemUTC(), Beans.wire(new ActivationGate(), em), timing);
    private final TraceQuery traces = Beans.wire(new TraceQuery(), em, Beans.wire(new AuditTrail(), em));

    private AcceptedEvent publish(UUID tenant, String texto) {
        return db.inTransaction(() -> intake.publish(new AnaliseSolicitada(texto, null, null), tenant));
    }

    private AgentMessage message(AcceptedEvent event, UUID tenant, String texto) {
        return AgentMessage.parse(
                "message-" + UUID.randomUUID(),
                1,
                AgentMessage.envelope(
                        event.eventId(),
                        event.traceId(),
                        EventDetails.submission(new AnaliseSolicitada(texto, null, null), tenant)));
    }

    @Test
    void aRequestsTraceGoesThroughAnAgentAndOutAgainAndATenantSeesOnlyItsOwnPart() {
        UUID nosso = Cenario.daEmpresa(db, "Alquimia Vendas Ltda")
                .comAgentes("nigredo-sentimento")
                .tenant();
        UUID outro = Cenario.daEmpresa(db, "Oficina do Otto")
                .comAgentes("nigredo-sentimento")
                .tenant();
        UUID trace = UUID.randomUUID();

        AcceptedEvent pedido;
        try (var request = Tracing.open(TraceContext.of(trace, "pedido-7"))) {
            pedido = publish(nosso, "Tenho interesse");
        }
        AcceptedEvent seguinte;
        try (var delivery = Tracing.open(TraceContext.start().withAgent(Queue.SENTIMENTO.logicalName()))) {
            seguinte = db.inTransaction(() -> {
                hops.record(Queue.SENTIMENTO, message(pedido, nosso, "Tenho interesse"), "received");
                assertThat(Tracing.current())
                        .as("the delivery now names the event's trace, tenant and event")
                        .contains(new TraceContext(trace, "pedido-7", "sentimento", nosso, pedido.eventId(), null));
                timing.finished(Duration.ofMillis(42));
                return intake.publish(new AnaliseSolicitada("De novo", null, null), nosso);
            });
        }
        try (var hostil = Tracing.open(TraceContext.of(trace, null))) {
            publish(outro, "Oficina");
        }
        db.execute(
                "UPDATE fibonacci_core.outbox SET sent_at = (SELECT created_at FROM fibonacci_core.traces"
                        + " WHERE event_id = ?) - interval '250 milliseconds' WHERE event_id = ?",
                pedido.eventId(),
                pedido.eventId());

        TraceView nossa = db.inTransaction(() -> traces.forTenant(trace, nosso)).orElseThrow();

        assertThat(seguinte.traceId()).isEqualTo(trace);
        assertThat(nossa.events()).extracting(TraceStep::eventId).containsExactly(pedido.eventId(), seguinte.eventId());
        assertThat(nossa.events()).extracting(TraceStep::correlationId).containsOnly("pedido-7");
        assertThat(nossa.agents()).containsExactly("sentimento");
        TraceHop hop = nossa.events().get(0).hops().get(0);
        assertThat(hop.queuedMs()).as("from the outbox's send to the agent").isEqualTo(250);
        assertThat(hop.durationMs()).isEqualTo(42);
        assertThat(nossa.durationMs()).isNotNegative();
        assertThat(nossa.truncated()).isFalse();

        assertThat(db.inTransaction(() -> traces.forTenant(trace, outro))
                        .orElseThrow()
                        .events())
                .singleElement()
                .satisfies(step -> assertThat(step.tenantId()).isEqualTo(outro));
        assertThat(db.inTransaction(() -> traces.forTenant(UUID.randomUUID(), nosso)))
                .isEmpty();
    }

    @Test
    void anOperatorSeesEveryTenantsPartAndEachTenantsAuditLogSaysSo() {
        UUID nosso = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").tenant();
        UUID outro = Cenario.daEmpresa(db, "Oficina do Otto").tenant();
        UUID trace = UUID.randomUUID();
        try (var request = Tracing.open(TraceContext.of(trace, null))) {
            publish(nosso, "um");
            publish(outro, "dois");
        }

        TraceView todas =
                db.inTransaction(() -> traces.forOperator(trace, OPERADOR)).orElseThrow();

        assertThat(todas.events()).extracting(TraceStep::tenantId).containsExactly(nosso, outro);
        assertThat(todas.agents()).as("no agent has had them yet").isEmpty();
        for (UUID tenant : new UUID[] {nosso, outro}) {
            assertThat(db.count(
                            "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                    + " AND action = 'operator.trace.read' AND target_id = ?",
                            tenant,
                            trace.toString()))
                    .isEqualTo(1);
        }
    }

    @Test
    void aLeadsPathCrossesTracesAndHoldsOnlyItsOwnAndItsImportsEvents() {
        UUID nosso = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").tenant();
        UUID outro = Cenario.daEmpresa(db, "Oficina do Otto").tenant();
        UUID maria = UUID.randomUUID();
        UUID importacao = UUID.randomUUID();
        AcceptedEvent importada = db.inTransaction(() -> intake.publish(new LeadsImportados(importacao), nosso));
        AcceptedEvent analise =
                db.inTransaction(() -> intake.publish(new AnaliseSolicitada("Tenho interesse", maria, null), nosso));
        db.inTransaction(() -> intake.publish(new AnaliseSolicitada("Outro lead", UUID.randomUUID(), null), nosso));
        db.inTransaction(() -> intake.publish(new AnaliseSolicitada("Outra empresa", maria, null), outro));
        db.inTransaction(() -> intake.publish(new LeadsImportados(UUID.randomUUID()), nosso));

        TraceView caminho = db.inTransaction(() -> traces.forLead(nosso, maria, Optional.of(importacao)))
                .orElseThrow();

        assertThat(caminho.traceId()).as("it crosses traces").isNull();
        assertThat(caminho.events())
                .extracting(TraceStep::eventId, TraceStep::traceId)
                .containsExactly(
                        tuple(importada.eventId(), importada.traceId()), tuple(analise.eventId(), analise.traceId()));
        assertThat(db.inTransaction(() -> traces.forLead(nosso, UUID.randomUUID(), Optional.empty())))
                .isEmpty();
    }

    @Test
    void anEventPublishedOutsideAnyRequestOrDeliveryStartsATraceOfItsOwn() {
        UUID nosso = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").tenant();

        AcceptedEvent um = publish(nosso, "um");
        AcceptedEvent dois = publish(nosso, "dois");

        assertThat(um.traceId()).isNotEqualTo(dois.traceId());
    }
}
