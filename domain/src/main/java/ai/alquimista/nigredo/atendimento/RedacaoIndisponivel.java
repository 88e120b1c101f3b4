package ai.alquimista.nigredo.atendimento;

/**
 * A {@link Redator} could not draft a reply now (a remote model throttled, failed, timed out or answered nothing):
 * the caller puts the reply in the human review queue instead of sending anything.
 */
public class RedacaoIndisponivel extends RuntimeException {

    public RedacaoIndisponivel(String message, Throwable cause) {
        super(message, cause);
    }

    public RedacaoIndisponivel(String message) {
        super(message);
    }
}
