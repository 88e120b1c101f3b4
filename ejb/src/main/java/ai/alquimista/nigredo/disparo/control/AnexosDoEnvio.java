package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.Anexo;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.List;

/**
 * A send's attachments as {@code nigredo_leads.envios.anexos} keeps them, from scheduling to dispatch: {@code [{nome,
 * tipo, conteudo}]}, the content in base64.
 */
public final class AnexosDoEnvio {

    private AnexosDoEnvio() {}

    public static String json(List<Anexo> anexos) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        anexos.forEach(anexo -> array.add(Json.createObjectBuilder()
                .add("nome", anexo.nome())
                .add("tipo", anexo.tipo())
                .add("conteudo", Base64.getEncoder().encodeToString(anexo.conteudo()))));
        return array.build().toString();
    }

    public static List<Anexo> de(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return ai.alquimista.shared.json.JsonText.array(json).stream()
                .map(JsonValue::asJsonObject)
                .map(AnexosDoEnvio::anexo)
                .toList();
    }

    /** The names only: what the sandbox shows of a message's attachments. */
    public static String nomes(List<Anexo> anexos) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        anexos.forEach(anexo -> array.add(anexo.nome()));
        return array.build().toString();
    }

    private static Anexo anexo(JsonObject json) {
        return new Anexo(
                json.getString("nome"),
                json.getString("tipo"),
                Base64.getDecoder().decode(json.getString("conteudo")));
    }
}
