package ai.alquimista.nigredo.sentimento;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a reply asks to stop receiving messages (LGPD): honoured on arrival, whatever agents the tenant activated.
 */
public final class PedidoDeDescadastro {

    private static final Set<String> PALAVRAS_DE_SAIDA =
            Set.of("sair", "pare", "parar", "stop", "descadastrar", "cancelar");

    private PedidoDeDescadastro() {}

    public static boolean em(String texto) {
        return PALAVRAS_DE_SAIDA.contains(texto.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]", ""));
    }
}
