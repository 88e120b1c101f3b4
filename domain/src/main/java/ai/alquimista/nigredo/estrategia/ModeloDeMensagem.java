package ai.alquimista.nigredo.estrategia;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * One stage's message in one variant: Mustache templates for the e-mail subject and the body (the lead's
 * fields: {@code {{primeiro_nome}}}, {@code {{contato}}}, {@code {{empresa}}}, {@code {{setor}}},
 * {@code {{remetente}}}), and the name of the Meta-approved WhatsApp template that carries the same text when
 * WhatsApp requires a template (its parameters are primeiro_nome, empresa, remetente).
 */
public record ModeloDeMensagem(String assunto, String corpo, String modeloWhatsapp) {

    public ModeloDeMensagem {
        Objects.requireNonNull(assunto, "assunto");
        Objects.requireNonNull(corpo, "corpo");
        Objects.requireNonNull(modeloWhatsapp, "modeloWhatsapp");
    }

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("assunto", assunto)
                .add("corpo", corpo)
                .add("modelo_whatsapp", modeloWhatsapp)
                .build();
    }

    static ModeloDeMensagem fromJson(JsonObject json) {
        return new ModeloDeMensagem(
                json.getString("assunto"), json.getString("corpo"), json.getString("modelo_whatsapp"));
    }
}
