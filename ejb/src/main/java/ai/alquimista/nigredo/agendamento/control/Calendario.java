package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import java.util.List;
import java.util.UUID;

/**
 * One tenant's sales calendar, the port Agendamento's saga books through. Every implementation keeps its bookings'
 * time ranges in {@code nigredo_leads.calendario_eventos}, whose exclusion constraint makes a double booking
 * impossible even when two instances book at once; the embedded calendar is only that table, the Google Calendar
 * adapter also creates the event in Google. Calls run in the caller's transaction.
 */
public interface Calendario {

    /** Busy time within {@code periodo}: the provider's and the bookings it does not show yet. */
    List<Horario> ocupados(Horario periodo);

    /**
     * Books the slot and creates the event.
     *
     * @return the event's id at the provider
     * @throws HorarioOcupado when the slot overlaps a booking, also one made a moment ago elsewhere
     * @throws CalendarioIndisponivel when the provider fails, refuses or does not answer in time
     */
    String criar(EventoDeAgenda evento);

    /** Undoes {@link #criar} for the agendamento (the saga's compensation, or a cancellation); does nothing twice. */
    void cancelar(UUID agendamentoId);
}
