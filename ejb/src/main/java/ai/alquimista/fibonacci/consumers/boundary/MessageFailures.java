package ai.alquimista.fibonacci.consumers.boundary;

import ai.alquimista.fibonacci.consumers.entity.MessageFailure;
import ai.alquimista.fibonacci.queues.boundary.SqsSettings;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.shared.errors.Causes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Why a message failed, kept where an operator can read it: written in its own transaction, so it
 * survives the rollback of the delivery that failed.
 */
@Stateless
public class MessageFailures {

    private static final int MAX_BODY = 64 * 1024;

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    SqsSettings settings;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String queue, Message message, Throwable failure) throws JMSException {
        em.persist(new MessageFailure(
                queue,
                JmsMessages.messageId(message),
                JmsMessages.receiveCount(message),
                reason(failure),
                body(message)));
    }

    /** A platform operator reads failure reasons and the failed bodies (they may hold a tenant's data): audited. */
    public List<FailedMessage> recentForOperator(String queue, int limit, OperatorCaller operator) {
        audit.recordOperatorAct(operator, null, "operator.failures.read", "queue", queue);
        return recent(queue, limit).stream().map(FailedMessage::of).toList();
    }

    private List<MessageFailure> recent(String queue, int limit) {
        return em.createQuery(
                        "SELECT f FROM MessageFailure f WHERE f.queue = :queue ORDER BY f.failedAt DESC",
                        MessageFailure.class)
                .setParameter("queue", queue)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<MessageFailure> ofMessage(String messageId) {
        return em.createQuery(
                        "SELECT f FROM MessageFailure f WHERE f.messageId = :id ORDER BY f.failedAt",
                        MessageFailure.class)
                .setParameter("id", messageId)
                .getResultList();
    }

    /** The first cause that is not a container wrapper (EJBException and the like) says what was wrong. */
    static String reason(Throwable failure) {
        return Causes.reason(failure);
    }

    private static String body(Message message) throws JMSException {
        if (message instanceof TextMessage text && text.getText() != null) {
            String body = text.getText();
            return body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        }
        return null;
    }
}
