package ai.alquimista.fibonacci.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventSubmissionTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readValue();
    }

    private static InvalidEvent refusal(String body) {
        return (InvalidEvent) org.assertj.core.api.Assertions.catchThrowable(() -> EventSubmission.from(json(body)));
    }

    @Test
    void acceptsAnEventWithSourceTypeAndDetail() {
        var event = EventSubmission.from(json("{'source':'nigredo.recebimento','type':'lead.received',"
                + "'detail':{'empresa':'Padaria Pão Quente'}}"));

        assertThat(event.source()).isEqualTo("nigredo.recebimento");
        assertThat(event.type()).isEqualTo("lead.received");
        assertThat(event.detail().getString("empresa")).isEqualTo("Padaria Pão Quente");
    }

    @Test
    void detailIsOptional() {
        var event = EventSubmission.from(json("{'source':'fibonacci.demo','type':'ping'}"));

        assertThat(event.detail()).isEmpty();
    }

    @Test
    void namesEveryMissingOrMistypedField() {
        InvalidEvent refused = refusal("{'type': 42, 'detail': []}");

        assertThat(refused.violations())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("source", "type", "detail");
        assertThat(refused.violations())
                .extracting(Violation::problem)
                .contains("is required", "must be a string", "must be a JSON object");
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertThatThrownBy(() -> EventSubmission.from(json("[1,2]")))
                .isInstanceOf(InvalidEvent.class)
                .hasMessageContaining("body");
    }

    @Test
    void refusesSourcesThatAreNotDottedLowerCaseNames() {
        assertThat(refusal("{'source':'Nigredo Recebimento','type':'x'}").violations())
                .extracting(Violation::field)
                .containsExactly("source");
    }

    @Test
    void acceptsAFractalEventOfSeed001AndReadsItsTenant() {
        UUID tenant = UUID.randomUUID();
        var event = EventSubmission.from(json("{'source':'nigredo.atendimento','type':'reply.received','detail':{"
                + "'lead_id':'" + UUID.randomUUID() + "',"
                + "'context':{'source':'whatsapp','last_message':'Tenho interesse','history':[],"
                + "  'metadata':{'tenant_id':'" + tenant + "','campaign_id':'" + UUID.randomUUID() + "'}},"
                + "'classification':{'intent':'interest','priority':80,'authentic_need':true},"
                + "'proposed_action':'forward_to_scheduler',"
                + "'logs':[{'timestamp':'2025-03-01T12:00:00Z','agent':'sentimento','decision':'positivo',"
                + "  'trace_id':'" + UUID.randomUUID() + "'}]}}"));

        assertThat(event.tenantId()).contains(tenant);
    }

    @Test
    void refusesAFractalEventWhoseFieldsBreakTheProtocol() {
        InvalidEvent refused = refusal("{'source':'nigredo.atendimento','type':'reply.received','detail':{"
                + "'lead_id':'not-a-uuid',"
                + "'context':{'source':'telegram','metadata':{'tenant_id':'acme'}},"
                + "'classification':{'intent':'maybe','priority':101,'authentic_need':'yes'},"
                + "'proposed_action':'call_later',"
                + "'logs':[{'timestamp':'yesterday','trace_id':'x'}, 7]}}");

        assertThat(refused.violations())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "detail.lead_id",
                        "detail.context.source",
                        "detail.context.metadata.tenant_id",
                        "detail.classification.intent",
                        "detail.classification.priority",
                        "detail.classification.authentic_need",
                        "detail.proposed_action",
                        "detail.logs[0].timestamp",
                        "detail.logs[0].trace_id",
                        "detail.logs[1]");
    }

    @Test
    void aCorrelationIdLongerThanItsColumnIsRefused() {
        assertThat(refusal("{'source':'fibonacci.demo','type':'ping','correlation_id':'" + "c".repeat(256) + "'}")
                        .violations())
                .extracting(Violation::field)
                .containsExactly("correlation_id");
        assertThat(EventSubmission.from(json(
                                "{'source':'fibonacci.demo','type':'ping','correlation_id':'" + "c".repeat(255) + "'}"))
                        .correlationId())
                .hasValueSatisfying(id -> assertThat(id).hasSize(255));
    }
}
