package ai.alquimista.nigredo.canais;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file an e-mail carries: a meeting's iCalendar invite, a daily report's PDF. Its name is ours, never a tenant's
 * input, and is still checked: it ends up in a MIME header.
 *
 * @param tipo the MIME type with its parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
 */
public record Anexo(String nome, String tipo, byte[] conteudo) {

    private static final Pattern NOME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern TIPO = Pattern.compile("[a-z]+/[a-z0-9.+-]+(; ?[a-zA-Z-]+=[A-Za-z0-9._-]+)*");

    public Anexo {
        if (!NOME.matcher(Objects.requireNonNull(nome, "nome")).matches()) {
            throw new IllegalArgumentException("an attachment's name must be a plain file name: " + nome);
        }
        if (!TIPO.matcher(Objects.requireNonNull(tipo, "tipo")).matches()) {
            throw new IllegalArgumentException("not a MIME type: " + tipo);
        }
        conteudo = Objects.requireNonNull(conteudo, "conteudo").clone();
    }

    @Override
    public byte[] conteudo() {
        return conteudo.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Anexo anexo
                && nome.equals(anexo.nome)
                && tipo.equals(anexo.tipo)
                && Arrays.equals(conteudo, anexo.conteudo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nome, tipo, Arrays.hashCode(conteudo));
    }

    @Override
    public String toString() {
        return "Anexo[" + nome + ", " + tipo + ", " + conteudo.length + " bytes]";
    }
}
