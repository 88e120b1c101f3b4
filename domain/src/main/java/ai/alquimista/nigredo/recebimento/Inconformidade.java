package ai.alquimista.nigredo.recebimento;

import java.util.Objects;

/** One line of the non-conformity report: which field of a lead, and what is wrong with it. */
public record Inconformidade(String field, Problem problem) {

    public Inconformidade {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    /** In Portuguese, for the tenant: "CNPJ com dígitos verificadores inválidos". */
    public String message() {
        return problem.message();
    }
}
