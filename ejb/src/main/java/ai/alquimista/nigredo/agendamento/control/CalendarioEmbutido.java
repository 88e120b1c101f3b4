package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.ConfiguracaoDaAgenda.Provedor;
import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.agendamento.control.ReservasDeHorario.Reserva;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The default calendar: the tenant's meetings are its rows in {@code nigredo_leads.calendario_eventos} and nothing
 * else; the event's id is the row's. Busy time is the tenant's bookings, whichever calendar made them.
 */
public final class CalendarioEmbutido implements Calendario {

    private static final Logger LOG = Logger.getLogger(CalendarioEmbutido.class.getName());

    private final UUID tenantId;
    private final ReservasDeHorario reservas;

    public CalendarioEmbutido(UUID tenantId, ReservasDeHorario reservas) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.reservas = Objects.requireNonNull(reservas, "reservas");
    }

    @Override
    public List<Horario> ocupados(Horario periodo) {
        return reservas.ocupados(tenantId, periodo);
    }

    @Override
    public String criar(EventoDeAgenda evento) {
        UUID id = UUID.randomUUID();
        Reserva reserva = reservas.reservar(tenantId, id, evento, Provedor.embutido, id.toString(), Optional.empty());
        return reserva.providerEventId().orElseGet(() -> reserva.id().toString());
    }

    @Override
    public void cancelar(UUID agendamentoId) {
        reservas.paraCancelar(tenantId, agendamentoId).ifPresent(reserva -> {
            if (reserva.provedor() != Provedor.embutido) {
                // The tenant left Google Calendar after this booking: the slot is freed here, the event there stays.
                LOG.warning(() -> "agendamento " + agendamentoId + " cancelled in the embedded calendar; its "
                        + reserva.provedor() + " event "
                        + reserva.providerEventId().orElse("(unknown)")
                        + " stays in calendar " + reserva.providerCalendarId().orElse("(unknown)"));
            }
            reservas.apagar(reserva.id());
        });
    }
}
