package ai.alquimista.nigredo.disparo;

import java.time.Instant;
import java.util.Objects;

/** Whether a message may leave now, as {@link RegrasDeEnvio} decides. */
public sealed interface DecisaoDeEnvio {

    /** Send it now. */
    record Enviar() implements DecisaoDeEnvio {}

    /**
     * Not now: try again at {@code ate}. {@code motivo} is one of the constants here; it is counted in the database
     * and shown in the UI, so its spelling is part of the contract.
     */
    record Adiar(Instant ate, String motivo) implements DecisaoDeEnvio {

        public static final String FORA_DO_HORARIO = "fora_do_horario";
        public static final String FERIADO = "feriado";
        public static final String LIMITE_HORA = "limite_hora";
        public static final String LIMITE_DIA = "limite_dia";
        public static final String TIER_WHATSAPP = "tier_whatsapp";
        public static final String INTERVALO_TENANT = "intervalo_tenant";
        public static final String INTERVALO_DESTINATARIO = "intervalo_destinatario";

        public Adiar {
            Objects.requireNonNull(ate, "ate");
            Objects.requireNonNull(motivo, "motivo");
        }
    }
}
