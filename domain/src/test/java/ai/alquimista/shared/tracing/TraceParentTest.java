package ai.alquimista.shared.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TraceParentTest {

    private static final UUID TRACE = UUID.fromString("4bf92f35-77b3-4da6-a3ce-929d0e0e4736");

    @Test
    void theW3cExamplesTraceIdIsOurUuid() {
        assertThat(TraceParent.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .contains(TRACE);
    }

    @Test
    void aHeaderThatDoesNotParseStartsANewTraceInstead() {
        assertThat(TraceParent.traceId(null)).isEmpty();
        assertThat(TraceParent.traceId("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"))
                .as("uppercase is not allowed")
                .isEmpty();
        assertThat(TraceParent.traceId("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .isEmpty();
        assertThat(TraceParent.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"))
                .isEmpty();
        assertThat(TraceParent.traceId("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEmpty();
        assertThat(TraceParent.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\n; drop"))
                .isEmpty();
    }

    @Test
    void aTraceWeStartIsAnsweredAsAHeaderThatParsesBack() {
        String header = TraceParent.of(TRACE);

        assertThat(header).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01");
        assertThat(TraceParent.traceId(header)).contains(TRACE);
    }

    @Test
    void aTraceIdIsReadWrittenEitherWay() {
        assertThat(TraceParent.parseId("4bf92f35-77b3-4da6-a3ce-929d0e0e4736")).contains(TRACE);
        assertThat(TraceParent.parseId("4BF92F3577B34DA6A3CE929D0E0E4736")).contains(TRACE);
        assertThat(TraceParent.parseId("4bf92f35-77b3-4da6-a3ce-929d0e0e47")).isEmpty();
        assertThat(TraceParent.parseId("../../etc/passwd")).isEmpty();
    }

    @Test
    void aCorrelationIdIsKeptAsItCameOrRefusedNamingTheRule() {
        assertThat(CorrelationId.parse("pedido-42:a.b_c")).contains("pedido-42:a.b_c");
        assertThat(CorrelationId.parse(null)).isEmpty();
        assertThatThrownBy(() -> CorrelationId.parse("x\ny")).hasMessage(CorrelationId.RULE);
        assertThatThrownBy(() -> CorrelationId.parse("")).hasMessage(CorrelationId.RULE);
        assertThatThrownBy(() -> CorrelationId.parse("a".repeat(101))).hasMessage(CorrelationId.RULE);
    }
}
