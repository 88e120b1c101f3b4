package ai.alquimista.nigredo.recebimento;

import java.util.Optional;

/** Pessoa física (identified by a CPF) or pessoa jurídica (by a CNPJ). */
public enum TipoPessoa {
    PF,
    PJ;

    /** A valid CNPJ is PJ, a valid CPF is PF; anything else, or nothing, is unknown. */
    public static Optional<TipoPessoa> of(String documento) {
        return Documento.parse(documento).value().map(Documento::tipoPessoa);
    }
}
