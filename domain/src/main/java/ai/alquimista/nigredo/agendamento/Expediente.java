package ai.alquimista.nigredo.agendamento;

import ai.alquimista.nigredo.disparo.FeriadosNacionais;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the sales team meets leads: Monday to Friday except national holidays, 08:00 to 18:00 in the tenant's time
 * zone, meetings of the length set when Agendamento was activated (60 minutes unless set).
 */
public record Expediente(ZoneId zona, LocalTime abertura, LocalTime fechamento, Duration duracao) {

    public static final LocalTime ABERTURA = LocalTime.of(8, 0);
    public static final LocalTime FECHAMENTO = LocalTime.of(18, 0);
    public static final Duration DURACAO_PADRAO = Duration.ofMinutes(60);

    public Expediente {
        Objects.requireNonNull(zona, "zona");
        Objects.requireNonNull(abertura, "abertura");
        Objects.requireNonNull(fechamento, "fechamento");
        Objects.requireNonNull(duracao, "duracao");
        if (duracao.isNegative() || duracao.isZero() || abertura.plus(duracao).isAfter(fechamento)) {
            throw new IllegalArgumentException(
                    "a meeting of " + duracao.toMinutes() + " minutes does not fit " + abertura + "–" + fechamento);
        }
    }

    public static Expediente comercial(ZoneId zona, Duration duracao) {
        return new Expediente(zona, ABERTURA, FECHAMENTO, duracao);
    }

    public boolean diaUtil(LocalDate dia) {
        return dia.getDayOfWeek() != DayOfWeek.SATURDAY
                && dia.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FeriadosNacionais.feriado(dia);
    }

    /** Whether the meeting starts at the opening or later and ends by the closing of the day it starts on. */
    public boolean dentroDoHorario(Horario horario) {
        ZonedDateTime inicio = horario.inicio().atZone(zona);
        ZonedDateTime fim = horario.fim().atZone(zona);
        return fim.toLocalDate().equals(inicio.toLocalDate())
                && !inicio.toLocalTime().isBefore(abertura)
                && !fim.toLocalTime().isAfter(fechamento);
    }
}
