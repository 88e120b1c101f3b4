package ai.alquimista.nigredo.recebimento;

/**
 * The document a lead is identified by: a {@link Cnpj} for a company, or a {@link Cpf} for a person. Leads
 * arrive with a single "cnpj" column that sometimes holds a CPF, so both are read from the same text.
 */
public sealed interface Documento permits Cnpj, Cpf {

    /** Unmasked: 14 characters for a CNPJ, 11 digits for a CPF. */
    String value();

    String formatted();

    TipoPessoa tipoPessoa();

    static Parsed<Documento> parse(String text) {
        String unmasked = Mask.remove(text);
        if (unmasked.length() == Cpf.LENGTH && unmasked.chars().allMatch(Mask::isDigit)) {
            return Cpf.parse(unmasked).map(Documento.class::cast);
        }
        if (unmasked.length() == Cnpj.LENGTH) {
            return Cnpj.parse(unmasked).map(Documento.class::cast);
        }
        return Parsed.invalid(Motivo.DOCUMENT_WRONG_LENGTH);
    }
}
