package ai.alquimista.fibonacci.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.queues.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventRoutesTest {

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({
        "nigredo.recebimento, RECEBIMENTO",
        "nigredo.recebimento.api, RECEBIMENTO",
        "nigredo.estrategia, ESTRATEGIA",
        "nigredo.disparo.scheduler, DISPARO",
        "nigredo.atendimento, ATENDIMENTO",
        "nigredo.sentimento, SENTIMENTO",
        "nigredo.agendamento, AGENDAMENTO",
        "nigredo.relatorios, RELATORIOS",
        "alquimista, PLATFORM",
        "alquimista.tenants, PLATFORM",
        "alquimista.agents.activation, PLATFORM",
        "fibonacci.demo, DEMO"
    })
    void routesBySourceToTheAgentQueue(String source, Queue expected) {
        assertThat(EventRoutes.route(source)).contains(expected);
    }

    @ParameterizedTest(name = "{0} has no route")
    @ValueSource(
            strings = {
                "nigredo",
                "nigredo.",
                "nigredo.platform",
                "nigredo.demo",
                "nigredo.unknown",
                "nigredo.recebimentox",
                "alquimistax",
                "fibonacci",
                "fibonacci.demo.extra",
                "crm.leads",
                ""
            })
    void refusesSourcesNoRuleMatches(String source) {
        assertThat(EventRoutes.route(source)).isEmpty();
    }

    @Test
    void nullSourceHasNoRoute() {
        assertThat(EventRoutes.route(null)).isEmpty();
    }
}
