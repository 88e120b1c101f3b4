package ai.alquimista.nigredo.canais.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntregaTest {

    @Test
    void aSendOnlyMovesForward() {
        assertThat(Entrega.sent.avancaSobre(null)).isTrue();
        assertThat(Entrega.delivered.avancaSobre(Entrega.sent)).isTrue();
        assertThat(Entrega.read.avancaSobre(Entrega.delivered)).isTrue();
        assertThat(Entrega.read.avancaSobre(Entrega.sent)).isTrue();

        assertThat(Entrega.delivered.avancaSobre(Entrega.read)).isFalse();
        assertThat(Entrega.sent.avancaSobre(Entrega.delivered)).isFalse();
        assertThat(Entrega.read.avancaSobre(Entrega.read)).isFalse();
    }

    @Test
    void failedCountsOnlyBeforeDeliveryAndIsFinal() {
        assertThat(Entrega.failed.avancaSobre(null)).isTrue();
        assertThat(Entrega.failed.avancaSobre(Entrega.sent)).isTrue();
        assertThat(Entrega.failed.avancaSobre(Entrega.delivered)).isFalse();
        assertThat(Entrega.failed.avancaSobre(Entrega.failed)).isFalse();
        assertThat(Entrega.read.avancaSobre(Entrega.failed)).isFalse();
    }
}
