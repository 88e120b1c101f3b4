package ai.alquimista.nigredo.recebimento;

import java.util.Objects;
import java.util.Optional;

/**
 * A lead whose every field was read: texts cleaned, phone in E.164, e-mail normalised, document validated,
 * porte in the seed's values, and the segment and dedupe key derived from them.
 */
public record AcceptedLead(
        String empresa,
        String contato,
        Optional<Telefone> telefone,
        Optional<Email> email,
        Optional<Documento> documento,
        Optional<String> setor,
        Optional<Porte> porte,
        Optional<String> atividadePrincipal,
        Segmento segmento,
        DedupeKey dedupeKey)
        implements ReceptionOutcome {

    public AcceptedLead {
        Objects.requireNonNull(empresa, "empresa");
        Objects.requireNonNull(contato, "contato");
        Objects.requireNonNull(telefone, "telefone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(documento, "documento");
        Objects.requireNonNull(setor, "setor");
        Objects.requireNonNull(porte, "porte");
        Objects.requireNonNull(atividadePrincipal, "atividadePrincipal");
        Objects.requireNonNull(segmento, "segmento");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        if (telefone.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("a lead needs a phone or an e-mail");
        }
    }

    /** Unknown without a document. */
    public Optional<TipoPessoa> tipoPessoa() {
        return documento.map(Documento::tipoPessoa);
    }

    /** The prospecting is B2B: a lead identified by a CPF is kept, and flagged for whoever plans the campaign. */
    public boolean pessoaFisica() {
        return tipoPessoa().filter(TipoPessoa.PF::equals).isPresent();
    }

    public Optional<Cnpj> cnpj() {
        return documento.filter(Cnpj.class::isInstance).map(Cnpj.class::cast);
    }
}
