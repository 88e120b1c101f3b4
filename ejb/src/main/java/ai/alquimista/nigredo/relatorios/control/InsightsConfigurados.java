package ai.alquimista.nigredo.relatorios.control;

import ai.alquimista.nigredo.relatorios.DadosDoDia;
import ai.alquimista.nigredo.relatorios.GeradorDeInsights;
import ai.alquimista.nigredo.relatorios.InsightsPorRegras;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The insights generator the platform is configured with ({@code alquimista.relatorios.insights}): {@code embutido},
 * the rule-based pt-BR sentences, is the default and the only one so far; any other value fails the first report
 * loudly rather than sending one without insights.
 */
@ApplicationScoped
public class InsightsConfigurados implements GeradorDeInsights {

    @Inject
    @ConfigProperty(name = "alquimista.relatorios.insights", defaultValue = "embutido")
    String gerador;

    private final GeradorDeInsights embutido = new InsightsPorRegras();

    @PostConstruct
    void verificar() {
        if (!"embutido".equals(gerador)) {
            throw new IllegalStateException(
                    "alquimista.relatorios.insights must be embutido (the rule-based generator), not " + gerador);
        }
    }

    @Override
    public List<String> insights(DadosDoDia dados) {
        return embutido.insights(dados);
    }
}
