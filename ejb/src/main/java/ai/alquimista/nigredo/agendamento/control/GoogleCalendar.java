package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.ConfiguracaoDaAgenda.Provedor;
import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.agendamento.control.ReservasDeHorario.Reserva;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A tenant's Google calendar, shared with the platform's service account. Every booking is first a row in
 * {@code calendario_eventos}, exactly as in the embedded calendar, so the exclusion constraint guards Google bookings
 * too; then the event goes to Google under the row's id. Busy time is Google's and the tenant's bookings together.
 *
 * <p>When Google fails, the row is deleted before {@link CalendarioIndisponivel} leaves: the saga catches it and goes
 * on (the lead is told a person will confirm) in a transaction that commits, so a rollback would not free the slot.
 */
public final class GoogleCalendar implements Calendario {

    private final UUID tenantId;
    private final String calendarId;
    private final ReservasDeHorario reservas;
    private final GoogleCalendarApi google;

    public GoogleCalendar(UUID tenantId, String calendarId, ReservasDeHorario reservas, GoogleCalendarApi google) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.calendarId = Objects.requireNonNull(calendarId, "calendarId");
        this.reservas = Objects.requireNonNull(reservas, "reservas");
        this.google = Objects.requireNonNull(google, "google");
    }

    @Override
    public List<Horario> ocupados(Horario periodo) {
        return Stream.concat(
                        google.ocupados(calendarId, periodo).stream(), reservas.ocupados(tenantId, periodo).stream())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Reserves the slot, checks it is still free in Google (someone may have put a meeting there by hand since the
     * proposal), then creates the event. A redelivered booking of the same slot answers the event created before.
     */
    @Override
    public String criar(EventoDeAgenda evento) {
        UUID id = UUID.randomUUID();
        String eventId = eventId(id);
        Reserva reserva = reservas.reservar(tenantId, id, evento, Provedor.google, eventId, Optional.of(calendarId));
        if (!reserva.id().equals(id)) {
            return reserva.providerEventId()
                    .orElseThrow(() -> new IllegalStateException("the booking " + reserva.id() + " of agendamento "
                            + evento.agendamentoId() + " has no event id"));
        }
        try {
            if (google.ocupados(calendarId, evento.horario()).stream().anyMatch(evento.horario()::sobrepoe)) {
                throw new HorarioOcupado(evento.horario());
            }
            String criado = google.inserir(calendarId, eventId, evento);
            if (!criado.equals(eventId)) {
                reservas.registrarEvento(id, criado);
            }
            return criado;
        } catch (CalendarioIndisponivel | HorarioOcupado e) {
            reservas.apagar(id);
            throw e;
        }
    }

    /**
     * Deletes the event in the calendar it went to (also after the tenant changed calendars), then the row; when
     * Google fails, the row stays and {@link CalendarioIndisponivel} says why.
     */
    @Override
    public void cancelar(UUID agendamentoId) {
        Optional<Reserva> reserva = reservas.paraCancelar(tenantId, agendamentoId);
        if (reserva.isEmpty()) {
            return;
        }
        Reserva r = reserva.get();
        if (r.provedor() == Provedor.google && r.providerEventId().isPresent()) {
            google.remover(
                    r.providerCalendarId().orElse(calendarId),
                    r.providerEventId().get());
        }
        reservas.apagar(r.id());
    }

    /** Google's ids are base32hex ({@code [a-v0-9]}, 5 to 1024 long): a UUID's hex digits without the dashes. */
    static String eventId(UUID id) {
        return id.toString().replace("-", "");
    }
}
