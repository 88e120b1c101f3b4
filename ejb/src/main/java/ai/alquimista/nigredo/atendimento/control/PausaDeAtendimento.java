package ai.alquimista.nigredo.atendimento.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long Atendimento waits before its answer is due: a person takes a minute or a few to answer, not a second. The
 * same reply always gets the same pause ({@code alquimista.atendimento.pausa-minima-segundos} plus up to
 * {@code alquimista.atendimento.pausa-variavel-segundos}).
 */
@ApplicationScoped
public class PausaDeAtendimento {

    @Inject
    @ConfigProperty(name = "alquimista.atendimento.pausa-minima-segundos", defaultValue = "20")
    int minima;

    @Inject
    @ConfigProperty(name = "alquimista.atendimento.pausa-variavel-segundos", defaultValue = "40")
    int variavel;

    public PausaDeAtendimento() {}

    public PausaDeAtendimento(int minima, int variavel) {
        this.minima = minima;
        this.variavel = variavel;
    }

    public Duration para(UUID interacaoId) {
        int extra = variavel <= 0 ? 0 : Math.floorMod(interacaoId.hashCode(), variavel);
        return Duration.ofSeconds(Math.max(0, minima) + (long) extra);
    }
}
