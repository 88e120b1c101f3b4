package ai.alquimista.nigredo.estrategia;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's messages as a manager sends them: every stage and variant present, subjects and bodies of a sane
 * length that pass the template sandbox, WhatsApp template names as Meta spells them. Each problem names its
 * field ({@code mensagens.topo.A.corpo}).
 */
public final class ValidacaoDeRoteiro {

    private static final int MAX_ASSUNTO = 200;
    private static final int MAX_CORPO = 4096;

    private ValidacaoDeRoteiro() {}

    /** @throws InvalidInput naming every field that is wrong */
    public static Roteiro validar(JsonObject mensagens) {
        Roteiro roteiro;
        try {
            roteiro = Roteiro.fromJson(mensagens);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new Violation("mensagens", e.getMessage())));
        }
        List<Violation> violations = new ArrayList<>();
        for (Etapa etapa : Etapa.values()) {
            for (Variante variante : Variante.values()) {
                ModeloDeMensagem modelo = roteiro.modelo(etapa, variante);
                String path = "mensagens." + etapa + "." + variante;
                modelo(modelo.assunto(), path + ".assunto", MAX_ASSUNTO, violations);
                modelo(modelo.corpo(), path + ".corpo", MAX_CORPO, violations);
                if (!modelo.modeloWhatsapp().matches("[a-z0-9_]{1,512}")) {
                    violations.add(new Violation(
                            path + ".modelo_whatsapp",
                            "must be the approved template's name: lower-case letters, digits and _"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return roteiro;
    }

    private static void modelo(String template, String field, int max, List<Violation> violations) {
        if (template.isBlank() || template.length() > max) {
            violations.add(new Violation(field, "must have between 1 and " + max + " characters"));
            return;
        }
        try {
            Renderizacao.validar(template);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, e.getMessage()));
        }
    }
}
