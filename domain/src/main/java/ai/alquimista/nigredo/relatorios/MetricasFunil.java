package ai.alquimista.nigredo.relatorios;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Seed 001's MetricasFunil for a period: how many leads reached each stage, the rates between them, the objections
 * leads raised most and the insights written from them. Kept per tenant and day in nigredo_leads.metricas_diarias as
 * {@link #json()}.
 */
public record MetricasFunil(
        Periodo periodo,
        @JsonbProperty("leads_recebidos") long leadsRecebidos,
        @JsonbProperty("leads_enriquecidos") long leadsEnriquecidos,
        @JsonbProperty("leads_contatados") long leadsContatados,
        @JsonbProperty("leads_responderam") long leadsResponderam,
        @JsonbProperty("leads_interessados") long leadsInteressados,
        @JsonbProperty("leads_agendados") long leadsAgendados,
        @JsonbProperty("leads_convertidos") long leadsConvertidos,
        @JsonbProperty("leads_descartados") long leadsDescartados,
        @JsonbProperty("leads_descadastrados") long leadsDescadastrados,
        @JsonbProperty("taxa_enriquecimento") double taxaEnriquecimento,
        @JsonbProperty("taxa_resposta") double taxaResposta,
        @JsonbProperty("taxa_interesse") double taxaInteresse,
        @JsonbProperty("taxa_agendamento") double taxaAgendamento,
        @JsonbProperty("taxa_conversao") double taxaConversao,
        @JsonbProperty("objecoes_recorrentes") List<ObjecaoRecorrente> objecoesRecorrentes,
        List<String> insights) {

    public MetricasFunil {
        Objects.requireNonNull(periodo, "periodo");
        objecoesRecorrentes = List.copyOf(objecoesRecorrentes);
        insights = List.copyOf(insights);
    }

    public static MetricasFunil de(
            Periodo periodo, ContagemDoFunil contagem, List<ObjecaoRecorrente> objecoes, List<String> insights) {
        TaxasDoFunil taxas = contagem.taxas();
        return new MetricasFunil(
                periodo,
                contagem.recebidos(),
                contagem.enriquecidos(),
                contagem.contatados(),
                contagem.responderam(),
                contagem.interessados(),
                contagem.agendados(),
                contagem.convertidos(),
                contagem.descartados(),
                contagem.descadastrados(),
                taxas.enriquecimento(),
                taxas.resposta(),
                taxas.interesse(),
                taxas.agendamento(),
                taxas.conversao(),
                objecoes,
                insights);
    }

    public ContagemDoFunil contagem() {
        return new ContagemDoFunil(
                leadsRecebidos,
                leadsEnriquecidos,
                leadsContatados,
                leadsResponderam,
                leadsInteressados,
                leadsAgendados,
                leadsConvertidos,
                leadsDescartados,
                leadsDescadastrados);
    }

    /** How the day is stored: the API's own field names. */
    public JsonObject json() {
        JsonArrayBuilder objecoes = Json.createArrayBuilder();
        objecoesRecorrentes.forEach(o -> objecoes.add(Json.createObjectBuilder()
                .add("objecao", o.objecao())
                .add("descricao", o.descricao())
                .add("frequencia", o.frequencia())));
        return Json.createObjectBuilder()
                .add(
                        "periodo",
                        Json.createObjectBuilder()
                                .add("inicio", periodo.inicio().toString())
                                .add("fim", periodo.fim().toString()))
                .add("leads_recebidos", leadsRecebidos)
                .add("leads_enriquecidos", leadsEnriquecidos)
                .add("leads_contatados", leadsContatados)
                .add("leads_responderam", leadsResponderam)
                .add("leads_interessados", leadsInteressados)
                .add("leads_agendados", leadsAgendados)
                .add("leads_convertidos", leadsConvertidos)
                .add("leads_descartados", leadsDescartados)
                .add("leads_descadastrados", leadsDescadastrados)
                .add("taxa_enriquecimento", taxaEnriquecimento)
                .add("taxa_resposta", taxaResposta)
                .add("taxa_interesse", taxaInteresse)
                .add("taxa_agendamento", taxaAgendamento)
                .add("taxa_conversao", taxaConversao)
                .add("objecoes_recorrentes", objecoes)
                .add("insights", Json.createArrayBuilder(insights))
                .build();
    }

    /** The day as {@link #json()} stored it. */
    public static MetricasFunil de(JsonObject json) {
        JsonObject periodo = json.getJsonObject("periodo");
        return new MetricasFunil(
                new Periodo(LocalDate.parse(periodo.getString("inicio")), LocalDate.parse(periodo.getString("fim"))),
                json.getJsonNumber("leads_recebidos").longValue(),
                json.getJsonNumber("leads_enriquecidos").longValue(),
                json.getJsonNumber("leads_contatados").longValue(),
                json.getJsonNumber("leads_responderam").longValue(),
                json.getJsonNumber("leads_interessados").longValue(),
                json.getJsonNumber("leads_agendados").longValue(),
                json.getJsonNumber("leads_convertidos").longValue(),
                json.getJsonNumber("leads_descartados").longValue(),
                json.getJsonNumber("leads_descadastrados").longValue(),
                json.getJsonNumber("taxa_enriquecimento").doubleValue(),
                json.getJsonNumber("taxa_resposta").doubleValue(),
                json.getJsonNumber("taxa_interesse").doubleValue(),
                json.getJsonNumber("taxa_agendamento").doubleValue(),
                json.getJsonNumber("taxa_conversao").doubleValue(),
                json.getJsonArray("objecoes_recorrentes").getValuesAs(JsonObject.class).stream()
                        .map(o -> new ObjecaoRecorrente(
                                o.getString("objecao"),
                                o.getString("descricao"),
                                o.getJsonNumber("frequencia").longValue()))
                        .toList(),
                json.getJsonArray("insights").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
    }
}
