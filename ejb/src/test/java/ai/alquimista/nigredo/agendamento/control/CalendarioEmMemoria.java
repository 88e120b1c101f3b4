package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sales calendar for the saga's tests, one per tenant, over a list: its bookings (and other people's, added by the
 * test), and the provider's misbehaviour on demand — failing, or another instance taking a slot between the re-check
 * and the booking. A double booking is refused as the real calendars refuse it.
 */
public final class CalendarioEmMemoria implements Calendarios {

    /** One booking: the saga's event, or another booking (agendamento null). */
    public record Reserva(UUID agendamentoId, String id, EventoDeAgenda evento, Horario horario) {}

    private final Map<UUID, Agenda> agendas = new HashMap<>();

    @Override
    public Calendario doTenant(UUID tenantId, JsonObject settings) {
        return agendas.computeIfAbsent(tenantId, t -> new Agenda());
    }

    public Agenda de(UUID tenantId) {
        return agendas.computeIfAbsent(tenantId, t -> new Agenda());
    }

    public static final class Agenda implements Calendario {
        private final List<Reserva> reservas = new ArrayList<>();
        private final AtomicInteger cancelamentos = new AtomicInteger();
        private boolean fora;
        private boolean foraAoCriar;
        private Horario tomadoAoCriar;

        @Override
        public List<Horario> ocupados(Horario periodo) {
            if (fora) {
                throw new CalendarioIndisponivel("calendar timed out after 10 s");
            }
            return reservas.stream()
                    .map(Reserva::horario)
                    .filter(periodo::sobrepoe)
                    .toList();
        }

        @Override
        public String criar(EventoDeAgenda evento) {
            if (fora || foraAoCriar) {
                throw new CalendarioIndisponivel("calendar timed out after 10 s");
            }
            if (tomadoAoCriar != null) {
                reservas.add(new Reserva(null, "outra-instancia", null, tomadoAoCriar));
                tomadoAoCriar = null;
            }
            if (reservas.stream().anyMatch(r -> r.horario().sobrepoe(evento.horario()))) {
                throw new HorarioOcupado(evento.horario());
            }
            String id = "evt-" + (reservas.size() + 1);
            reservas.add(new Reserva(evento.agendamentoId(), id, evento, evento.horario()));
            return id;
        }

        @Override
        public void cancelar(UUID agendamentoId) {
            if (reservas.removeIf(r -> agendamentoId.equals(r.agendamentoId()))) {
                cancelamentos.incrementAndGet();
            }
        }

        /** Someone else booked this slot in the calendar. */
        public Agenda ocupadoPorOutro(Horario horario) {
            reservas.add(new Reserva(null, "outro", null, horario));
            return this;
        }

        /** Another instance books the slot between the saga's re-check and its booking. */
        public Agenda tomadoEntreAVerificacaoEAReserva(Horario horario) {
            tomadoAoCriar = horario;
            return this;
        }

        public Agenda fora() {
            fora = true;
            return this;
        }

        public Agenda foraAoCriar() {
            foraAoCriar = true;
            return this;
        }

        /** The saga's events (not other people's bookings). */
        public List<Reserva> eventos() {
            return reservas.stream().filter(r -> r.agendamentoId() != null).toList();
        }

        public int cancelamentos() {
            return cancelamentos.get();
        }
    }
}
