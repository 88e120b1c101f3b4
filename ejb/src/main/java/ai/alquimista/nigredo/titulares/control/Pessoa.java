package ai.alquimista.nigredo.titulares.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything that names one person at a tenant: the leads that hold the asked identifier, and the other identifiers
 * those leads hold (a lead found by its phone brings its e-mail, and the leads with that e-mail), as stored: phones in
 * E.164, e-mails normalised.
 */
public record Pessoa(List<LeadDaPessoa> leads, Set<String> telefones, Set<String> emails) {

    public record LeadDaPessoa(UUID id, String telefone, String email) {}

    public List<UUID> leadIds() {
        return leads.stream().map(LeadDaPessoa::id).toList();
    }

    /** What to look for in free text (raw webhook bodies, audit details): phones with and without "+", e-mails. */
    public List<String> agulhas() {
        return Stream.concat(telefones.stream().flatMap(t -> Stream.of(t, t.substring(1))), emails.stream())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** Identifiers as a channel's sender or recipient column holds them. */
    public List<String> enderecos() {
        return Stream.concat(telefones.stream().flatMap(t -> Stream.of(t, t.substring(1))), emails.stream())
                .distinct()
                .toList();
    }
}
