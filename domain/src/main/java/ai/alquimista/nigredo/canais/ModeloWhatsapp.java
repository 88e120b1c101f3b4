package ai.alquimista.nigredo.canais;

import java.util.List;
import java.util.Objects;

/**
 * A message template approved by Meta for the WhatsApp Business account: the only form a first touch, or
 * any message outside the 24-hour customer-service window, may take. Parameters fill the body's {{1}}, {{2}}…
 */
public record ModeloWhatsapp(String nome, String idioma, List<String> parametros) {

    public ModeloWhatsapp {
        Objects.requireNonNull(nome, "nome");
        idioma = idioma == null ? "pt_BR" : idioma;
        parametros = List.copyOf(parametros);
    }
}
