package ai.alquimista.fibonacci.events.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTest {

    private final Event event =
            new Event("nigredo.recebimento", "lead.criado", JsonValue.EMPTY_JSON_OBJECT, UUID.randomUUID());

    @Test
    void startsReceivedWithNoLogs() {
        assertThat(event.getId()).isNotNull();
        assertThat(event.getStatus()).isEqualTo(EventStatus.recebido);
        assertThat(event.getLogs()).isEmpty();
        assertThat(event.getCreatedAt()).isNotNull();
    }

    @Test
    void appendLogKeepsEarlierHopsInOrder() {
        JsonObject first =
                Json.createObjectBuilder().add("agent", "fibonacci-router").build();
        JsonObject second =
                Json.createObjectBuilder().add("agent", "nigredo-recebimento").build();

        JsonArray afterFirst = event.appendLog(first);
        JsonArray afterSecond = event.appendLog(second);

        assertThat(afterFirst).containsExactly(first);
        assertThat(afterSecond).containsExactly(first, second);
        assertThat(event.getLogs()).isSameAs(afterSecond);
    }

    @Test
    void routingAndProcessingMoveTheStatus() {
        event.markRouted("nigredo-recebimento");
        assertThat(event.getStatus()).isEqualTo(EventStatus.roteado);
        assertThat(event.getRoutedTo()).isEqualTo("nigredo-recebimento");

        event.markProcessed();
        assertThat(event.getStatus()).isEqualTo(EventStatus.processado);
        assertThat(event.getUpdatedAt()).isAfterOrEqualTo(event.getCreatedAt());
    }
}
