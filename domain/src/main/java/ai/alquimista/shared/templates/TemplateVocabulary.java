package ai.alquimista.shared.templates;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every kind of template a tenant can edit, with the only variables it may use: the one list the sandbox accepts
 * (README, "Templates"). A later kind (replies, confirmations, reports) is added here with its variables.
 */
public enum TemplateVocabulary {

    /** A campaign's message: the lead's fields and the tenant that sends. */
    MENSAGEM_DE_CAMPANHA("primeiro_nome", "contato", "empresa", "setor", "remetente");

    private final Set<String> variables;

    TemplateVocabulary(String... variables) {
        this.variables = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(variables)));
    }

    public Set<String> variables() {
        return variables;
    }

    public boolean knows(String name) {
        return variables.contains(name);
    }

    /** "{{primeiro_nome}}, {{contato}}, …", for messages that tell a tenant what it may write. */
    public String listed() {
        return String.join(
                ", ", variables.stream().map(name -> "{{" + name + "}}").toList());
    }
}
