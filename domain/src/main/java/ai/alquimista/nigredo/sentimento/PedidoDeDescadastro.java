package ai.alquimista.nigredo.sentimento;

import java.util.Objects;

/**
 * Whether a reply asks to stop receiving messages (LGPD): honoured on arrival, whatever agents the tenant activated.
 * The same detector the embedded classifier uses ({@link DetectorDeDescadastro}), so a reply is an opt-out or not
 * whichever sentiment provider the tenant's platform is configured with.
 */
public final class PedidoDeDescadastro {

    private PedidoDeDescadastro() {}

    public static boolean em(String texto) {
        return DetectorDeDescadastro.pede(Normalizador.normalizar(Objects.requireNonNull(texto, "texto")));
    }
}
