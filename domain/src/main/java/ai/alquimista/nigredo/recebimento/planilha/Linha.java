package ai.alquimista.nigredo.recebimento.planilha;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * One data row of a lead file: either the lead's fields (named as {@code LeadRecebido}'s) or why
 * the row could not be read. {@code numero} is the row's number in the file as a spreadsheet shows
 * it (the header is row 1).
 */
public record Linha(int numero, JsonObject dados, String problema) {

    public static Linha lida(int numero, JsonObject dados) {
        return new Linha(numero, Objects.requireNonNull(dados), null);
    }

    public static Linha malformada(int numero, String problema) {
        return new Linha(numero, null, Objects.requireNonNull(problema));
    }

    public boolean malformada() {
        return problema != null;
    }
}
