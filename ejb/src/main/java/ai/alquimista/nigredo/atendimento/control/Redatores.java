package ai.alquimista.nigredo.atendimento.control;

import ai.alquimista.nigredo.atendimento.Redator;
import ai.alquimista.nigredo.atendimento.RedatorEmbutido;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured {@link Redator}: {@code alquimista.llm.provider} = {@code embedded} (the default: {@link
 * RedatorEmbutido}, offline) or {@code bedrock} ({@link RedatorBedrock}). Inject {@code Redator} or call {@link
 * #redator()}.
 */
@ApplicationScoped
public class Redatores {

    public static final String EMBEDDED = "embedded";
    public static final String BEDROCK = "bedrock";

    private static final Redator EMBUTIDO = new RedatorEmbutido();

    @Inject
    @ConfigProperty(name = "alquimista.llm.provider", defaultValue = EMBEDDED)
    String provider;

    @Inject
    RedatorBedrock bedrock;

    /** @throws IllegalStateException when {@code alquimista.llm.provider} names no known writer */
    @Produces
    public Redator redator() {
        return switch (provider.strip()) {
            case EMBEDDED -> EMBUTIDO;
            case BEDROCK -> bedrock;
            default ->
                throw new IllegalStateException(
                        "alquimista.llm.provider must be " + EMBEDDED + " or " + BEDROCK + ": " + provider);
        };
    }
}
