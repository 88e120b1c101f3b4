package ai.alquimista.nigredo.agendamento.control;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What Agendamento reads of a lead to propose, book and brief: who, where, and what its enrichment found. */
public record LeadDaAgenda(
        UUID id,
        UUID tenantId,
        String empresa,
        String contato,
        String telefone,
        String email,
        String cnpj,
        String setor,
        String porte,
        String atividadePrincipal,
        String status,
        JsonObject metadata) {

    /** The company's data for the briefing, the enrichment's where the lead's own is blank. */
    public Map<String, String> dadosDaEmpresa() {
        JsonObject perfil = metadata == null ? JsonObject.EMPTY_JSON_OBJECT : metadata.getJsonObject("enriquecimento");
        Map<String, String> dados = new LinkedHashMap<>();
        dados.put("Empresa", empresa);
        dados.put("Razão social", texto(perfil, "razao_social"));
        dados.put("Nome fantasia", texto(perfil, "nome_fantasia"));
        dados.put("CNPJ", cnpj != null ? cnpj : texto(perfil, "cnpj"));
        dados.put("Setor", setor);
        dados.put(
                "Atividade", atividadePrincipal != null ? atividadePrincipal : texto(perfil, "cnae_fiscal_descricao"));
        dados.put("Porte", porte != null ? porte : texto(perfil, "porte"));
        String municipio = texto(perfil, "municipio");
        String uf = texto(perfil, "uf");
        dados.put("Cidade", municipio == null ? uf : uf == null ? municipio : municipio + "/" + uf);
        dados.put("Situação cadastral", texto(perfil, "situacao_cadastral"));
        if (metadata != null && metadata.containsKey("segmento")) {
            dados.put("Segmento", texto(metadata, "segmento"));
        }
        return dados;
    }

    private static String texto(JsonObject json, String campo) {
        if (json == null || !json.containsKey(campo) || json.isNull(campo)) {
            return null;
        }
        return json.get(campo).getValueType() == jakarta.json.JsonValue.ValueType.STRING
                ? json.getString(campo)
                : json.get(campo).toString();
    }
}
