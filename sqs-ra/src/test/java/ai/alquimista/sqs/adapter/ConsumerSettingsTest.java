package ai.alquimista.sqs.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class ConsumerSettingsTest {

    private static SqsActivationSpec spec(String queue) {
        SqsActivationSpec spec = new SqsActivationSpec();
        spec.setQueue(queue);
        return spec;
    }

    @Test
    void namesTheQueueAsTheApplicationCatalogDoes() {
        SqsActivationSpec spec = spec("recebimento");
        spec.setEnvironment("staging");

        assertThat(ConsumerSettings.of(spec).queueName()).isEqualTo("alquimista-staging-recebimento");
    }

    @Test
    void activationPropertiesLeftAsUnresolvedExpressionsFallBackToTheEnvironment() {
        SqsActivationSpec spec = spec("demo");
        spec.setEnvironment("${ENV=NOT_SET}");
        spec.setEndpoint("http://127.0.0.1:9999");

        ConsumerSettings settings = ConsumerSettings.of(spec);

        assertThat(settings.queueName()).startsWith("alquimista-").endsWith("-demo");
        assertThat(settings.endpoint()).contains("http://127.0.0.1:9999");
    }

    @Test
    void redeliveryWaitsLongerAfterEveryFailedReceive() {
        SqsActivationSpec spec = spec("disparo");
        spec.setRedeliveryDelaySeconds(5);
        ConsumerSettings settings = ConsumerSettings.of(spec);

        assertThat(settings.redeliveryDelay(1)).isEqualTo(5);
        assertThat(settings.redeliveryDelay(2)).isEqualTo(10);
        assertThat(settings.redeliveryDelay(3)).isEqualTo(20);
        assertThat(settings.redeliveryDelay(50)).isEqualTo(900);
    }

    @Test
    void anActivationWithoutAQueueIsRefused() {
        assertThatThrownBy(() -> spec(" ").validate())
                .isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("queue");
        SqsActivationSpec tooMuchPrefetch = spec("demo");
        tooMuchPrefetch.setPrefetch(11);
        assertThatThrownBy(tooMuchPrefetch::validate).isInstanceOf(InvalidPropertyException.class);
    }
}
