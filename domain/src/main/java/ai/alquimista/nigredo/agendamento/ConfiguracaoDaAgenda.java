package ai.alquimista.nigredo.agendamento;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Agendamento's activation settings: which calendar ({@code calendario}: {@code embutido}, the default, or
 * {@code google} with {@code google_calendar_id}, a calendar shared with the platform's service account), the
 * meeting's length ({@code duracao_minutos}, 15 to 240, default 60) and the sales team's address that attends
 * every meeting ({@code email_comercial}).
 */
public record ConfiguracaoDaAgenda(
        Provedor provedor, Optional<String> googleCalendarId, Duration duracao, Optional<String> emailComercial) {

    /** The calendars Agendamento books in; constants are spelled as the settings and the database spell them. */
    public enum Provedor {
        embutido,
        google
    }

    public static final String CALENDARIO = "calendario";
    public static final String GOOGLE_CALENDAR_ID = "google_calendar_id";
    public static final String DURACAO = "duracao_minutos";
    public static final String EMAIL_COMERCIAL = "email_comercial";

    private static final int MINIMO = 15;
    private static final int MAXIMO = 240;
    private static final Pattern CALENDAR_ID = Pattern.compile("[A-Za-z0-9._%+@-]{1,200}");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");

    /** @throws InvalidInput naming every wrong field */
    public static ConfiguracaoDaAgenda de(JsonObject settings) {
        List<Violation> violations = new ArrayList<>();
        Provedor provedor = provedor(settings.get(CALENDARIO), violations);
        Optional<String> calendarId = texto(settings, GOOGLE_CALENDAR_ID, CALENDAR_ID, violations);
        if (provedor == Provedor.google && calendarId.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation(
                    "settings." + GOOGLE_CALENDAR_ID, "is required with the google calendar: the calendar's id"));
        }
        Duration duracao = duracao(settings.get(DURACAO), violations);
        Optional<String> email = texto(settings, EMAIL_COMERCIAL, EMAIL, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new ConfiguracaoDaAgenda(provedor, calendarId, duracao, email.map(String::toLowerCase));
    }

    private static Provedor provedor(JsonValue value, List<Violation> violations) {
        if (value == null || value == JsonValue.NULL) {
            return Provedor.embutido;
        }
        if (value instanceof JsonString text) {
            for (Provedor provedor : Provedor.values()) {
                if (provedor.name().equals(text.getString())) {
                    return provedor;
                }
            }
        }
        violations.add(new Violation("settings." + CALENDARIO, "must be one of embutido, google"));
        return Provedor.embutido;
    }

    private static Duration duracao(JsonValue value, List<Violation> violations) {
        if (value == null || value == JsonValue.NULL) {
            return Expediente.DURACAO_PADRAO;
        }
        if (value instanceof JsonNumber number
                && number.isIntegral()
                && number.bigDecimalValue().compareTo(BigDecimal.valueOf(MINIMO)) >= 0
                && number.bigDecimalValue().compareTo(BigDecimal.valueOf(MAXIMO)) <= 0) {
            return Duration.ofMinutes(number.intValue());
        }
        violations.add(new Violation(
                "settings." + DURACAO, "must be a whole number of minutes from " + MINIMO + " to " + MAXIMO));
        return Expediente.DURACAO_PADRAO;
    }

    private static Optional<String> texto(
            JsonObject settings, String field, Pattern pattern, List<Violation> violations) {
        JsonValue value = settings.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString text
                && pattern.matcher(text.getString()).matches()) {
            return Optional.of(text.getString());
        }
        violations.add(new Violation("settings." + field, "is not valid"));
        return Optional.empty();
    }
}
