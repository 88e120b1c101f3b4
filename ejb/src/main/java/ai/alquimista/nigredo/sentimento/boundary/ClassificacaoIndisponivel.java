package ai.alquimista.nigredo.sentimento.boundary;

import ai.alquimista.shared.errors.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * The configured sentiment provider could not classify the text (it refused it, failed, or could not be reached). It
 * reaches the caller as it is, without dooming the caller's transaction, so Atendimento can decide what to do (hold
 * the reply for a person, try later); over HTTP it is a 503 naming the provider and its error.
 */
@ApplicationException(rollback = false)
public class ClassificacaoIndisponivel extends Refusal {

    private final String provedor;
    private final String codigo;

    public ClassificacaoIndisponivel(String provedor, String codigo, String detalhe, Throwable causa) {
        super(503, "Service Unavailable", provedor + " could not classify the text (" + codigo + "): " + detalhe);
        this.provedor = provedor;
        this.codigo = codigo;
        initCause(causa);
    }

    /** Which provider failed: {@code comprehend}. */
    public String provedor() {
        return provedor;
    }

    /** The provider's error code ({@code TextSizeLimitExceededException}, {@code InternalServerException}) or HTTP status. */
    public String codigo() {
        return codigo;
    }
}
