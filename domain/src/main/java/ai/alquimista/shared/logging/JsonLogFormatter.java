package ai.alquimista.shared.logging;

import ai.alquimista.shared.tracing.TraceContext;
import ai.alquimista.shared.tracing.Tracing;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line with seed 001's LogEntry fields: {@code timestamp}, {@code level}, {@code message},
 * {@code trace_id}, {@code correlation_id}, {@code agent}, {@code lead_id}, {@code tenant_id} (and {@code event_id},
 * {@code logger}, {@code thread}, {@code exception}). The ids are the current thread's {@link Tracing} context, so
 * this formatter must run on the thread that logged, as {@link java.util.logging.ConsoleHandler} does. A message's
 * line breaks are escaped, so no logged text can forge a line.
 */
public class JsonLogFormatter extends Formatter {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Override
    public String format(LogRecord record) {
        JsonObjectBuilder line = JSON.createObjectBuilder()
                .add("timestamp", Instant.ofEpochMilli(record.getMillis()).toString())
                .add("level", record.getLevel().getName())
                .add("logger", String.valueOf(record.getLoggerName()))
                .add("thread", Thread.currentThread().getName())
                .add("message", String.valueOf(formatMessage(record)));
        Tracing.current().ifPresent(context -> ids(context, line));
        if (record.getThrown() != null) {
            line.add("exception", stackTrace(record.getThrown()));
        }
        return line.build() + System.lineSeparator();
    }

    private static void ids(TraceContext context, JsonObjectBuilder line) {
        line.add("trace_id", context.traceId().toString());
        optional(line, "correlation_id", context.correlationId());
        optional(line, "agent", context.agent());
        optional(line, "tenant_id", context.tenantId());
        optional(line, "event_id", context.eventId());
        optional(line, "lead_id", context.leadId());
    }

    private static void optional(JsonObjectBuilder line, String name, Object value) {
        if (value instanceof UUID || value instanceof String) {
            line.add(name, value.toString());
        }
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
