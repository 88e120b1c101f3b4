package ai.alquimista.nigredo.estrategia;

import ai.alquimista.shared.templates.SandboxedTemplate;
import ai.alquimista.shared.templates.TemplateRefused;
import ai.alquimista.shared.templates.TemplateVocabulary;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a campaign's message templates with a lead's fields, in the template sandbox: stored templates are
 * checked again here, so one saved before the sandbox existed cannot resolve anything either.
 */
public final class Renderizacao {

    private static final int CACHED = 10_000;
    private static final Map<String, SandboxedTemplate> COMPILED = new ConcurrentHashMap<>();

    private Renderizacao() {}

    /** @throws TemplateRefused when the template uses anything but the campaign's variables */
    public static String render(String template, CamposDoLead campos) {
        return compile(template).render(campos.comoMapa());
    }

    /** @throws TemplateRefused naming the first tag that is not allowed */
    public static void validar(String template) {
        compile(template);
    }

    private static SandboxedTemplate compile(String template) {
        SandboxedTemplate cached = COMPILED.get(template);
        if (cached != null) {
            return cached;
        }
        SandboxedTemplate compiled = SandboxedTemplate.compile(template, TemplateVocabulary.MENSAGEM_DE_CAMPANHA);
        if (COMPILED.size() < CACHED) {
            COMPILED.put(template, compiled);
        }
        return compiled;
    }
}
