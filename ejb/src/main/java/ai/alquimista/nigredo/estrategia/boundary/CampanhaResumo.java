package ai.alquimista.nigredo.estrategia.boundary;

import ai.alquimista.nigredo.estrategia.control.CampanhasQuery.Agregados;
import ai.alquimista.nigredo.estrategia.entity.Campanha;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign in the tenant's list: what it is, where it stands, its leads and the imports that brought them, whether
 * it enrols its segment's later leads, and its sends per status.
 */
@Schema(description = "A campaign with its lead count and its sends per status")
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
    "ultimaImportacao"
})
public record CampanhaResumo(
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
        String ultimaImportacao) {

    static CampanhaResumo of(Campanha campanha, Agregados agregados) {
        return new CampanhaResumo(
                campanha.getId().toString(),
                campanha.getNome(),
                campanha.getSegmento() == null ? "" : campanha.getSegmento(),
                campanha.getCanal() == null ? "email" : campanha.getCanal().name(),
                campanha.getStatus().name(),
                agregados.leads(),
                agregados.importacoes(),
                campanha.isInscricaoAutomatica(),
                campanha.getPlano(),
                agregados.envios(),
                campanha.getCreatedAt(),
                campanha.getApprovedAt(),
                campanha.getApprovedBy(),
                agregados.ultimaImportacao() == null
                        ? null
                        : agregados.ultimaImportacao().toString());
    }
}
