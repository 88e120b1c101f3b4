package ai.alquimista.testing;

import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.titulares.Pseudonimos;
import ai.alquimista.nigredo.titulares.boundary.ChaveDosTitulares;
import java.util.Optional;

/** The LGPD hash key of the tests, configured as {@code alquimista.lgpd.chave} would be. */
public final class ChaveDeTeste {

    public static final String CHAVE = "chave-de-teste-com-pelo-menos-32-bytes!";

    private ChaveDeTeste() {}

    public static ChaveDosTitulares chaveDosTitulares() {
        return Beans.wire(new ChaveDosTitulares(), Optional.of(CHAVE));
    }

    public static Pseudonimos pseudonimos() {
        return Pseudonimos.comChave(CHAVE);
    }
}
