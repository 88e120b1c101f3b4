package ai.alquimista.nigredo.estrategia.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stage's message to a lead, rendered with the lead's fields. */
@Schema(description = "One stage's message, rendered for the lead")
@JsonbPropertyOrder({"etapa", "assunto", "corpo", "modeloWhatsapp"})
public record EtapaDaPrevia(
        @Schema(enumeration = {"topo", "meio", "fundo"}) String etapa,
        String assunto,
        String corpo,

        @JsonbProperty("modelo_whatsapp") String modeloWhatsapp) {}
