package ai.alquimista.nigredo.estrategia;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The values a message template may use, from a lead and the tenant that sends. */
public record CamposDoLead(String contato, String empresa, String setor, String remetente) {

    public Map<String, String> comoMapa() {
        return Map.of(
                "contato", orEmpty(contato),
                "primeiro_nome", primeiroNome(),
                "empresa", orEmpty(empresa),
                "setor",
                        setor == null || setor.isBlank()
                                ? "seu setor"
                                : setor.strip().toLowerCase(new Locale("pt", "BR")),
                "remetente", orEmpty(remetente));
    }

    /** The parameters of the approved WhatsApp templates, in their order: {{1}} primeiro_nome, {{2}} empresa, {{3}} remetente. */
    public List<String> parametrosWhatsapp() {
        return List.of(primeiroNome(), orEmpty(empresa), orEmpty(remetente));
    }

    /** "MARIA DA SILVA" → "Maria": people are greeted by their first name, in normal case. */
    public String primeiroNome() {
        if (contato == null || contato.isBlank()) {
            return "tudo bem";
        }
        String first = contato.strip().split("\\s+")[0];
        Locale ptBr = new Locale("pt", "BR");
        return first.substring(0, 1).toUpperCase(ptBr) + first.substring(1).toLowerCase(ptBr);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
