package ai.alquimista.nigredo.titulares;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.recebimento.Email;
import ai.alquimista.nigredo.recebimento.Parsed;
import ai.alquimista.nigredo.recebimento.Telefone;
import ai.alquimista.shared.errors.InvalidInput;
import java.util.List;
import java.util.Optional;

/**
 * The person a data subject's request is about, named by exactly one identifier: a phone (normalised to E.164 as
 * Recebimento does, so "(11) 98765-4321" finds "+5511987654321") or an e-mail (trimmed, lower case).
 */
public record Titular(Optional<Telefone> telefone, Optional<Email> email) {

    /** Longer than any phone or e-mail a person types: refused before it is parsed. */
    static final int MAX_LENGTH = 320;

    public Titular {
        if (telefone.isPresent() == email.isPresent()) {
            throw new IllegalArgumentException("a titular is named by a phone or an e-mail, exactly one");
        }
    }

    /** Exactly one of the two, valid; otherwise an {@link InvalidInput} naming the field. */
    public static Titular of(String telefone, String email) {
        boolean comTelefone = telefone != null && !telefone.isEmpty();
        boolean comEmail = email != null && !email.isEmpty();
        if (comTelefone == comEmail) {
            throw new InvalidInput(List.of(new Violation(
                    comTelefone ? "telefone" : "telefone/email",
                    comTelefone
                            ? "give a phone or an e-mail, not both"
                            : "give the person's phone (telefone) or e-mail (email)")));
        }
        String campo = comTelefone ? "telefone" : "email";
        String valor = comTelefone ? telefone : email;
        if (valor.length() > MAX_LENGTH) {
            throw new InvalidInput(List.of(new Violation(campo, "longer than " + MAX_LENGTH + " characters")));
        }
        if (comTelefone) {
            return new Titular(Optional.of(valido(campo, Telefone.parse(valor))), Optional.empty());
        }
        return new Titular(Optional.empty(), Optional.of(valido(campo, Email.parse(valor))));
    }

    public static Titular of(Telefone telefone) {
        return new Titular(Optional.of(telefone), Optional.empty());
    }

    public static Titular of(Email email) {
        return new Titular(Optional.empty(), Optional.of(email));
    }

    private static <T> T valido(String campo, Parsed<T> parsed) {
        return parsed.value()
                .orElseThrow(() -> new InvalidInput(List.of(new Violation(
                        campo, parsed.motivo().map(m -> m.message()).orElse("invalid")))));
    }

    /** The column the identifier is in: {@code telefone} or {@code email}. */
    public String coluna() {
        return telefone.isPresent() ? "telefone" : "email";
    }

    /** The normalised value, to match the stored columns. */
    public String valor() {
        return telefone.map(Telefone::e164).orElseGet(() -> email.orElseThrow().value());
    }

    /** For logs and audit entries: "+55119****4321", "m***@paoquente.com.br". */
    public String mascarado() {
        if (telefone.isPresent()) {
            String e164 = telefone.get().e164();
            return e164.substring(0, 6) + "****" + e164.substring(e164.length() - 4);
        }
        String endereco = email.orElseThrow().value();
        int arroba = endereco.indexOf('@');
        return endereco.charAt(0) + "***" + endereco.substring(arroba);
    }
}
