package ai.alquimista.nigredo.recebimento;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A lead's consent to be contacted on WhatsApp, as a lead file or the API states it (column opt_in_whatsapp,
 * "opt-in", "consentimento"...). "sim", "x", a date or a description of where consent was given count as
 * evidence and are kept as such; "não", blank or absent do not.
 */
public final class OptInWhatsapp {

    private static final Set<String> NAO = Set.of("nao", "não", "n", "no", "false", "0", "-", "sem");

    private OptInWhatsapp() {}

    /** The evidence to keep with the lead ("sim (import 1f…, linha 7)"), or empty when there is no consent. */
    public static Optional<String> evidencia(String valor, String origem) {
        if (valor == null || valor.isBlank() || NAO.contains(valor.strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String texto = valor.strip();
        return Optional.of((texto.length() > 200 ? texto.substring(0, 200) : texto) + " (" + origem + ")");
    }
}
