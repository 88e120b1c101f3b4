package ai.alquimista.shared.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TracingTest {

    @Test
    void aScopeGivesBackWhatWasCurrentBeforeItSoAPooledThreadCarriesNothingOver() {
        TraceContext request = TraceContext.start();

        try (var outer = Tracing.open(request)) {
            try (var inner = Tracing.open(TraceContext.start().withAgent("sentimento"))) {
                assertThat(Tracing.current().orElseThrow().agent()).isEqualTo("sentimento");
            }
            assertThat(Tracing.current()).contains(request);
        }

        assertThat(Tracing.current()).isEmpty();
    }

    @Test
    void handlingAnEventTakesItsTraceAndKeepsTheAgent() {
        UUID trace = UUID.randomUUID();
        UUID tenant = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        try (var delivery = Tracing.open(TraceContext.start().withAgent("atendimento"))) {
            Tracing.amend(context -> context.onEvent(trace, "pedido-7", tenant, event));

            assertThat(Tracing.current())
                    .contains(new TraceContext(trace, "pedido-7", "atendimento", tenant, event, null));
        }
    }

    @Test
    void outsideAnyScopeThereIsNothingToAmend() {
        Tracing.amend(context -> context.withAgent("disparo"));

        assertThat(Tracing.current()).isEmpty();
    }
}
