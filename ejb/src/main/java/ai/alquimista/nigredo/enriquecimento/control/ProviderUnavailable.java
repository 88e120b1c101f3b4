package ai.alquimista.nigredo.enriquecimento.control;

/** A provider answered with a transient failure (429, 5xx) or not at all: worth retrying. */
public class ProviderUnavailable extends RuntimeException {

    public ProviderUnavailable(String message) {
        super(message);
    }

    public ProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
