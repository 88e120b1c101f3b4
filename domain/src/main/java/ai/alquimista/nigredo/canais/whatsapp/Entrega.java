package ai.alquimista.nigredo.canais.whatsapp;

import java.util.Optional;

/**
 * Where a WhatsApp send stands, as Meta's {@code statuses[].status} say. It only moves forward (sent, delivered, read),
 * whatever order Meta's retries arrive in; {@code failed} counts only before the message was delivered.
 */
public enum Entrega {
    sent,
    delivered,
    read,
    failed;

    public static Optional<Entrega> of(String status) {
        for (Entrega entrega : values()) {
            if (entrega.name().equals(status)) {
                return Optional.of(entrega);
            }
        }
        return Optional.empty();
    }

    /** @param atual the send's state so far, null when Meta has said nothing yet */
    public boolean avancaSobre(Entrega atual) {
        if (atual == null) {
            return true;
        }
        if (this == failed) {
            return atual == sent;
        }
        return atual != failed && ordinal() > atual.ordinal();
    }

    /** delivered and read: the message reached the phone. */
    public boolean entregue() {
        return this == delivered || this == read;
    }
}
