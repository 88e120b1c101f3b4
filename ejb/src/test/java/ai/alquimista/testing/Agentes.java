package ai.alquimista.testing;

import ai.alquimista.nigredo.agendamento.boundary.AgendamentoModule;
import ai.alquimista.nigredo.atendimento.boundary.AtendimentoModule;
import ai.alquimista.nigredo.disparo.boundary.DisparoModule;
import ai.alquimista.nigredo.estrategia.boundary.EstrategiaModule;
import ai.alquimista.nigredo.recebimento.boundary.RecebimentoModule;
import ai.alquimista.nigredo.relatorios.boundary.RelatoriosModule;
import ai.alquimista.nigredo.sentimento.boundary.SentimentoModule;
import ai.alquimista.platform.agents.boundary.AgentModule;
import java.util.List;

/** The agents the application carries, as CDI finds them in the container. */
public final class Agentes {

    public static final List<AgentModule> MODULES = List.of(
            new RecebimentoModule(),
            new EstrategiaModule(),
            new DisparoModule(),
            new AtendimentoModule(),
            new SentimentoModule(),
            new AgendamentoModule(),
            new RelatoriosModule());

    private Agentes() {}
}
