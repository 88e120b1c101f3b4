package ai.alquimista.nigredo.sentimento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.interacoes.entity.Interacao;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Classificador;
import ai.alquimista.nigredo.sentimento.events.AnaliseSolicitada;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Forbidden;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Sentimento: classifies the sentiment of a lead's message, its intent, and whether it asks to opt out, with the
 * provider {@code alquimista.sentimento.provider} chooses. Atendimento calls {@link #analisar} in its own
 * transaction; a tenant user calls {@link #analisarPara}; a {@code sentiment.requested} event classifies its text and
 * writes the result on the interação it names.
 */
@Stateless
public class SentimentoService {

    /** The longest text Sentimento reads, in characters. */
    public static final int MAX_CARACTERES = 5_000;

    private static final Logger LOG = Logger.getLogger(SentimentoService.class.getName());

    @Inject
    HopRecorder hops;

    @Inject
    Classificador classificador;

    @Inject
    ActivationGate gate;

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    /**
     * The analysis of one text for a tenant, synchronously.
     *
     * @throws InvalidInput naming {@code texto} when it is missing, blank or longer than {@value #MAX_CARACTERES}
     *     characters
     * @throws ClassificacaoIndisponivel when the configured provider cannot classify it (the caller's transaction is
     *     not marked for rollback)
     */
    public Analise analisar(UUID tenantId, String texto) {
        Objects.requireNonNull(tenantId, "tenantId");
        return classificador.analisar(valido(texto));
    }

    /** {@link #analisar} for a signed-in tenant user: 403 unless the tenant activated Sentimento. */
    public Analise analisarPara(Caller caller, String texto) {
        if (caller.tenantId() == null || !gate.allows(caller.tenantId(), Queue.SENTIMENTO)) {
            throw new Forbidden("activate the " + ActivationGate.agentId(Queue.SENTIMENTO)
                    + " agent in the marketplace before analysing texts");
        }
        return analisar(caller.tenantId(), texto);
    }

    public void receive(AgentMessage message) {
        hops.record(Queue.SENTIMENTO, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    private void act(Hop hop) {
        switch (hop.type()) {
            case AnaliseSolicitada.TYPE -> classificar(hop.tenantId(), hop.read(AnaliseSolicitada.class));
            default -> throw hop.unhandled(Queue.SENTIMENTO);
        }
    }

    /** Classifies the event's text; the interação it names, when it is the tenant's, keeps the result. */
    private void classificar(UUID tenantId, AnaliseSolicitada pedido) {
        Analise analise;
        try {
            analise = analisar(tenantId, pedido.texto());
        } catch (ClassificacaoIndisponivel e) {
            // the hop must roll back with it, so the message is delivered again rather than recorded as done
            throw new IllegalStateException("sentiment.requested not classified: " + e.getMessage(), e);
        }
        if (pedido.interacaoId() == null) {
            return;
        }
        Interacao interacao = em.find(Interacao.class, pedido.interacaoId());
        if (interacao == null || !tenantId.equals(interacao.getTenantId())) {
            LOG.warning(() -> "sentiment.requested names interacao " + pedido.interacaoId() + ", which tenant "
                    + tenantId + " does not have: nothing written");
            return;
        }
        interacao.classify(analise.sentimento(), analise.intensidade());
    }

    private static String valido(String texto) {
        if (texto == null) {
            throw invalido("is required");
        }
        if (texto.isBlank()) {
            throw invalido("must not be blank");
        }
        if (texto.codePointCount(0, texto.length()) > MAX_CARACTERES) {
            throw invalido("must be at most " + MAX_CARACTERES + " characters");
        }
        return texto;
    }

    private static InvalidInput invalido(String problema) {
        return new InvalidInput(List.of(new Violation("texto", problema)));
    }
}
