package ai.alquimista.nigredo.estrategia.boundary;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign as its page shows it: the summary, its messages per stage and variant, and the A/B split. */
@Schema(description = "A campaign: its plan, messages per stage and A/B variant, the split and its sends per status")
@JsonbPropertyOrder({
    "id",
    "nome",
    "segmento",
    "canal",
    "status",
    "leads",
    "plano",
    "envios",
    "createdAt",
    "approvedAt",
    "approvedBy",
    "importId",
    "mensagens",
    "variantes"
})
public record CampanhaDetalhe(
        String id,
        String nome,

        @Schema(description = "the segment key of the import (setor|porte|uf), empty when none")
        String segmento,

        @Schema(enumeration = {"email", "whatsapp", "multi"})
        String canal,

        @Schema(enumeration = {"rascunho", "aprovada", "ativa", "pausada", "concluida"})
        String status,

        long leads,

        @Schema(type = SchemaType.OBJECT, description = "the pacing plan: etapas, janela, leads per channel")
        JsonObject plano,

        EnviosPorStatus envios,

        @JsonbProperty("created_at") Instant createdAt,

        @JsonbProperty("approved_at") @Schema(description = "absent until approved")
        Instant approvedAt,

        @JsonbProperty("approved_by") @Schema(description = "absent until approved")
        String approvedBy,

        @JsonbProperty("import_id") @Schema(description = "the import it was planned from")
        String importId,

        @Schema(type = SchemaType.OBJECT, description = "{topo|meio|fundo: {A|B: {assunto, corpo, modelo_whatsapp}}}")
        JsonObject mensagens,

        @Schema(description = "per variant (A, B): its leads and how many answered")
        Map<String, ResultadoDaVariante> variantes) {

    static CampanhaDetalhe of(CampanhaResumo resumo, JsonObject mensagens, Map<String, ResultadoDaVariante> variantes) {
        return new CampanhaDetalhe(
                resumo.id(),
                resumo.nome(),
                resumo.segmento(),
                resumo.canal(),
                resumo.status(),
                resumo.leads(),
                resumo.plano(),
                resumo.envios(),
                resumo.createdAt(),
                resumo.approvedAt(),
                resumo.approvedBy(),
                resumo.importId(),
                mensagens,
                variantes);
    }
}
