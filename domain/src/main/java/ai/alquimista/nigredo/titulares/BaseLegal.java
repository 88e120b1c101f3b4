package ai.alquimista.nigredo.titulares;

import java.util.Arrays;
import java.util.Optional;

/** The legal basis (LGPD art. 7) a lead is processed on; constants are spelled as the database stores them. */
public enum BaseLegal {
    /** Art. 7 IX: the tenant's legitimate interest in a B2B contact; the default of an import. */
    legitimo_interesse,
    /** Art. 7 I: the person agreed, with evidence (an opt-in column, a form). */
    consentimento;

    public static Optional<BaseLegal> of(String text) {
        return Arrays.stream(values()).filter(b -> b.name().equals(text)).findFirst();
    }
}
