package ai.alquimista.fibonacci.consumers.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.messages.PoisonMessage;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

class MessageFailuresTest {

    @Test
    void theReasonAnOperatorReadsIsTheFirstCauseThatIsNotAContainerWrapper() {
        var poison = new PoisonMessage(
                "message body is not valid JSON: unexpected char", new IllegalArgumentException("Unexpected char 104"));

        assertThat(MessageFailures.reason(new EJBException(poison)))
                .isEqualTo("PoisonMessage: message body is not valid JSON: unexpected char");
        assertThat(MessageFailures.reason(new IllegalStateException("event 42 is not in fibonacci_core.events")))
                .isEqualTo("IllegalStateException: event 42 is not in fibonacci_core.events");
        assertThat(MessageFailures.reason(new EJBException())).isEqualTo("EJBException");
    }
}
