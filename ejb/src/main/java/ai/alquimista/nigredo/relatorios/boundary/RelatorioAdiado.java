package ai.alquimista.nigredo.relatorios.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * The daily report was not mailed because its e-mail account's circuit is open: the day's claim rolls back, nothing is
 * kept, and the next tick after the circuit lets a call through makes and mails it.
 */
@ApplicationException(rollback = true)
public class RelatorioAdiado extends RuntimeException {

    private final String conta;

    public RelatorioAdiado(String conta, Duration espera) {
        super("the circuit of " + conta + " is open: the report waits (about " + espera.toSeconds() + " s)");
        this.conta = conta;
    }

    public String conta() {
        return conta;
    }
}
