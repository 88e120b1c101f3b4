package ai.alquimista.nigredo.agendamento.control;

/** The calendar provider failed, refused the request or did not answer in time: the saga compensates. */
public class CalendarioIndisponivel extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CalendarioIndisponivel(String message) {
        super(message);
    }

    public CalendarioIndisponivel(String message, Throwable cause) {
        super(message, cause);
    }
}
