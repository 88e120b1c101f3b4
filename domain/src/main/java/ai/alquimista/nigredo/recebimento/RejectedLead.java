package ai.alquimista.nigredo.recebimento;

import java.util.List;
import java.util.Objects;

/** A lead refused, as it arrived, with every problem found in it (never empty). */
public record RejectedLead(LeadRecebido lead, List<Inconformidade> inconformidades) implements ReceptionOutcome {

    public RejectedLead {
        Objects.requireNonNull(lead, "lead");
        inconformidades = List.copyOf(inconformidades);
        if (inconformidades.isEmpty()) {
            throw new IllegalArgumentException("a rejected lead has at least one inconformidade");
        }
    }
}
