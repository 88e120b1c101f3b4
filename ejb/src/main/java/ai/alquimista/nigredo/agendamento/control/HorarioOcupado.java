package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.Horario;

/** The slot was booked by someone else between the proposal and the booking. */
public class HorarioOcupado extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HorarioOcupado(Horario horario) {
        super("the slot " + horario.inicio() + " – " + horario.fim() + " is already booked");
    }
}
