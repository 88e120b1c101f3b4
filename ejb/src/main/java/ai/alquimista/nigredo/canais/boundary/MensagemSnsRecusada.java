package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.shared.errors.Refusal;

/**
 * An SNS message whose origin is not proven: unsigned, a signature that does not verify, a certificate from a host
 * that is not SNS's, a topic not configured. Answered 401; nothing of it is stored.
 */
public class MensagemSnsRecusada extends Refusal {

    public MensagemSnsRecusada(String motivo) {
        super(401, "Unauthorized", motivo);
    }
}
