package ai.alquimista.nigredo.relatorios.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;

/**
 * A day with a report: its headline figures, how many managers it was mailed to (absent: not mailed) and where its
 * PDF is ({@code api/relatorios/2026-03-09.pdf}).
 */
public record RelatorioDoDia(
        LocalDate data,
        @JsonbProperty("leads_recebidos") long leadsRecebidos,
        @JsonbProperty("leads_convertidos") long leadsConvertidos,
        @JsonbProperty("taxa_resposta") double taxaResposta,
        @JsonbProperty("taxa_conversao") double taxaConversao,
        @JsonbProperty("enviado_a") Integer enviadoA,
        String pdf) {}
