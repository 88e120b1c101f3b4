package ai.alquimista.nigredo.recebimento;

import java.util.Objects;

/** One line of the non-conformity report: which field of a lead, and what is wrong with it. */
public record Inconformidade(String campo, Motivo motivo) {

    public Inconformidade {
        Objects.requireNonNull(campo, "campo");
        Objects.requireNonNull(motivo, "motivo");
    }

    /** In Portuguese, for the tenant: "CNPJ com dígitos verificadores inválidos". */
    public String message() {
        return motivo.message();
    }
}
