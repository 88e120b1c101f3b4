package ai.alquimista.nigredo.recebimento;

import ai.alquimista.shared.json.StorableJson;
import ai.alquimista.shared.text.StorableText;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The check a row's cells pass before the row is stored for reception: a cell with a control character
 * (NUL included, which an XLSX cell holds as {@code _x0000_} and PostgreSQL cannot store) is a problem of that
 * row and field, so one bad row never stops the rest of the file.
 */
public final class Celulas {

    private static final int MAX_CAMPO = 100;

    private Celulas() {}

    /** One inconformidade per cell that cannot be stored; empty when the row can be. */
    public static List<Inconformidade> inconformidades(JsonObject linha) {
        List<Inconformidade> inconformidades = new ArrayList<>();
        for (Map.Entry<String, JsonValue> celula : linha.entrySet()) {
            if (!StorableJson.violations(celula.getValue()).isEmpty()) {
                inconformidades.add(new Inconformidade(campo(celula.getKey()), Motivo.CONTROL_CHARACTER));
            }
        }
        return inconformidades;
    }

    /** A file's fields are ours; a JSON row's key is named only when the report can store it (field is 100 wide). */
    private static String campo(String chave) {
        return StorableText.isStorable(chave) && chave.length() <= MAX_CAMPO ? chave : "linha";
    }
}
