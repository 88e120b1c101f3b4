package ai.alquimista.fibonacci.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.EventSubmission;
import jakarta.json.Json;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentMessageTest {

    @Test
    void readsBackTheEnvelopeFibonacciPutsOnAQueue() {
        UUID eventId = UUID.randomUUID();
        UUID traceId = UUID.randomUUID();
        EventSubmission event = new EventSubmission(
                "nigredo.recebimento",
                "lead.received",
                Json.createObjectBuilder().add("empresa", "Acme Ltda").build(),
                Optional.of("corr-1"));

        AgentMessage message = AgentMessage.parse("m-1", 2, AgentMessage.envelope(eventId, traceId, event));

        assertThat(message.eventId()).contains(eventId);
        assertThat(message.traceId()).contains(traceId);
        assertThat(message.receiveCount()).isEqualTo(2);
        assertThat(message.event()).isEqualTo(event);
    }

    @Test
    void aMessageInjectedByHandNeedsOnlyAType() {
        AgentMessage message = AgentMessage.parse("m-2", 1, "{\"type\":\"lead.received\"}");

        assertThat(message.eventId()).isEmpty();
        assertThat(message.event().source()).isEqualTo(AgentMessage.INJECTED_SOURCE);
    }

    @Test
    void bodiesThatCanNeverBeProcessedArePoison() {
        assertThatThrownBy(() -> AgentMessage.parse("m", 1, "this is not json"))
                .isInstanceOf(PoisonMessage.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> AgentMessage.parse("m", 1, ""))
                .isInstanceOf(PoisonMessage.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> AgentMessage.parse("m", 1, "[]"))
                .isInstanceOf(PoisonMessage.class)
                .hasMessageContaining("not an object");
        assertThatThrownBy(() -> AgentMessage.parse("m", 1, "{\"detail\":{}}"))
                .isInstanceOf(PoisonMessage.class)
                .hasMessageContaining("type: is required");
        assertThatThrownBy(() -> AgentMessage.parse("m", 1, "{\"type\":\"x\",\"event_id\":\"nope\"}"))
                .isInstanceOf(PoisonMessage.class)
                .hasMessageContaining("event_id must be a UUID");
    }
}
