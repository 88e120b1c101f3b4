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
    "importacoes",
    "inscricaoAutomatica",
    "plano",
    "envios",
    "createdAt",
    "approvedAt",
    "approvedBy",
    "ultimaImportacao",
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

        @Schema(description = "how many imports brought its leads: a draft gathers its segment's leads of every import")
        long importacoes,

        @JsonbProperty("inscricao_automatica")
        @Schema(description = "whether it enrols its segment's later leads on its own (approved or active campaigns)")
        boolean inscricaoAutomatica,

        @Schema(type = SchemaType.OBJECT, description = "the pacing plan: etapas, janela, leads per channel")
        JsonObject plano,

        EnviosPorStatus envios,

        @JsonbProperty("created_at") Instant createdAt,

        @JsonbProperty("approved_at") @Schema(description = "absent until approved")
        Instant approvedAt,

        @JsonbProperty("approved_by") @Schema(description = "absent until approved")
        String approvedBy,

        @JsonbProperty("ultima_importacao") @Schema(description = "the latest import that brought leads, if any")
        String ultimaImportacao,

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
                resumo.importacoes(),
                resumo.inscricaoAutomatica(),
                resumo.plano(),
                resumo.envios(),
                resumo.createdAt(),
                resumo.approvedAt(),
                resumo.approvedBy(),
                resumo.ultimaImportacao(),
                mensagens,
                variantes);
    }
}
