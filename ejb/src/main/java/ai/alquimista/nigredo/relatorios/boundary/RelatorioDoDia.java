package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.nigredo.relatorios.MetricasFunil;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;

/**
 * A day's report in the list: its headline figures, how many managers it was mailed to (absent: not mailed), where its
 * PDF is ({@code api/relatorios/2026-03-09.pdf}), and whether the day is still running ({@code parcial}: today, made
 * when asked, until the next 08:00 makes it for good).
 */
public record RelatorioDoDia(
        LocalDate data,
        @JsonbProperty("leads_recebidos") long leadsRecebidos,
        @JsonbProperty("leads_convertidos") long leadsConvertidos,
        @JsonbProperty("taxa_resposta") double taxaResposta,
        @JsonbProperty("taxa_conversao") double taxaConversao,
        @JsonbProperty("enviado_a") Integer enviadoA,
        String pdf,
        boolean parcial) {

    static RelatorioDoDia feito(MetricasFunil metricas, Integer enviadoA) {
        return de(metricas, enviadoA, false);
    }

    static RelatorioDoDia parcial(MetricasFunil metricas) {
        return de(metricas, null, true);
    }

    private static RelatorioDoDia de(MetricasFunil metricas, Integer enviadoA, boolean parcial) {
        LocalDate data = metricas.periodo().inicio();
        return new RelatorioDoDia(
                data,
                metricas.leadsRecebidos(),
                metricas.leadsConvertidos(),
                metricas.taxaResposta(),
                metricas.taxaConversao(),
                enviadoA,
                "api/relatorios/" + data + ".pdf",
                parcial);
    }
}
