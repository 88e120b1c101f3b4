package ai.alquimista.nigredo.agendamento.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.agendamento.entity.AgendamentoStatus;
import ai.alquimista.nigredo.agendamento.events.RespostaAProposta;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * What Atendimento asks of Agendamento about a conversation, in the caller's transaction: whether Agendamento books
 * for the tenant (then its proposal is the answer to a lead who wants a meeting), whether a lead has a proposal open
 * (then the lead's next reply is Agendamento's to read), and hands such a reply over.
 */
@Dependent
public class AgendamentoNaConversa {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    ActivationGate gate;

    @Inject
    EventIntake events;

    public boolean ativo(UUID tenantId) {
        return gate.allows(tenantId, Queue.AGENDAMENTO);
    }

    public boolean propostaAberta(UUID tenantId, UUID leadId) {
        return em.createQuery(
                                "SELECT COUNT(a) FROM Agendamento a WHERE a.tenantId = :tenant AND a.leadId = :lead"
                                        + " AND a.status = :status",
                                Long.class)
                        .setParameter("tenant", tenantId.toString())
                        .setParameter("lead", leadId.toString())
                        .setParameter("status", AgendamentoStatus.proposto)
                        .getSingleResult()
                > 0;
    }

    /** The lead's reply (an interação recebida) goes to Agendamento's queue, through the outbox. */
    public void encaminhar(UUID tenantId, UUID leadId, UUID interacaoId, String canal, String mensagem) {
        events.publish(new RespostaAProposta(leadId, interacaoId, canal, mensagem), tenantId);
    }
}
