package ai.alquimista.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.shared.tracing.TraceContext;
import ai.alquimista.shared.tracing.Tracing;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    private final JsonLogFormatter formatter = new JsonLogFormatter();

    private static JsonObject parse(String line) {
        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n");
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("ai.alquimista.nigredo.atendimento.control.Atendente");
        record.setParameters(parameters);
        return record;
    }

    @Test
    void anAgentsLineNamesItsTraceTenantEventAndLead() {
        UUID trace = UUID.randomUUID();
        UUID tenant = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        String line;
        try (var delivery = Tracing.open(new TraceContext(trace, "pedido-7", "atendimento", tenant, event, lead))) {
            line = formatter.format(record(Level.INFO, "lead {0} respondeu", "Maria"));
        }

        JsonObject entry = parse(line);

        assertThat(entry.getString("level")).isEqualTo("INFO");
        assertThat(entry.getString("message")).isEqualTo("lead Maria respondeu");
        assertThat(entry.getString("trace_id")).isEqualTo(trace.toString());
        assertThat(entry.getString("correlation_id")).isEqualTo("pedido-7");
        assertThat(entry.getString("agent")).isEqualTo("atendimento");
        assertThat(entry.getString("tenant_id")).isEqualTo(tenant.toString());
        assertThat(entry.getString("event_id")).isEqualTo(event.toString());
        assertThat(entry.getString("lead_id")).isEqualTo(lead.toString());
        assertThat(entry.getString("timestamp")).endsWith("Z");
    }

    @Test
    void aLineOutsideAnyTraceHasNoIdsAndAFailureKeepsItsStackTraceInOneLine() {
        LogRecord record = record(Level.WARNING, "entrada com\nquebra {\"level\":\"SEVERE\"}");
        record.setThrown(new IllegalStateException("boom"));

        JsonObject entry = parse(formatter.format(record));

        assertThat(entry.containsKey("trace_id")).isFalse();
        assertThat(entry.getString("message")).isEqualTo("entrada com\nquebra {\"level\":\"SEVERE\"}");
        assertThat(entry.getString("level")).isEqualTo("WARNING");
        assertThat(entry.getString("exception")).startsWith("java.lang.IllegalStateException: boom");
    }
}
