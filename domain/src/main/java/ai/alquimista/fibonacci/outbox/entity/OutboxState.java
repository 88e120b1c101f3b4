package ai.alquimista.fibonacci.outbox.entity;

import java.util.Locale;

/** Where an outbox row stands: still to be sent (perhaps after failures), sent, or dead after too many failures. */
public enum OutboxState {
    PENDENTE,
    ENVIADA,
    MORTA;

    /** The name operators read and write ({@code pendente}, {@code enviada}, {@code morta}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
