package ai.alquimista.nigredo.estrategia.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One lead of a preview: on which channel, to which address, in which variant, and every stage's message. */
@Schema(description = "One lead's messages: channel, address, variant and every stage rendered")
@JsonbPropertyOrder({"lead", "canal", "destinatario", "variante", "etapas"})
public record PreviaDoLead(
        LeadDaPrevia lead,
        @Schema(enumeration = {"email", "whatsapp"}) String canal,
        String destinatario,
        @Schema(enumeration = {"A", "B"}) String variante,
        List<EtapaDaPrevia> etapas) {}
