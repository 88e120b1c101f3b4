package ai.alquimista.nigredo.estrategia.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a previewed lead is; contato is empty when the spreadsheet named nobody. */
@Schema(description = "The lead a preview is for; contato is empty when unknown")
@JsonbPropertyOrder({"id", "empresa", "contato"})
public record LeadDaPrevia(String id, String empresa, String contato) {}
