package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptInWhatsappTest {

    @Test
    void aYesADateOrWhereConsentWasGivenIsKeptAsEvidenceWithItsOrigin() {
        assertThat(OptInWhatsapp.evidencia("sim", "linha 7")).contains("sim (linha 7)");
        assertThat(OptInWhatsapp.evidencia(" formulário do site 2026-10-01 ", "linha 8"))
                .contains("formulário do site 2026-10-01 (linha 8)");
    }

    @Test
    void aNoABlankOrNothingIsNoConsent() {
        assertThat(OptInWhatsapp.evidencia("Não", "x")).isEmpty();
        assertThat(OptInWhatsapp.evidencia("false", "x")).isEmpty();
        assertThat(OptInWhatsapp.evidencia("  ", "x")).isEmpty();
        assertThat(OptInWhatsapp.evidencia(null, "x")).isEmpty();
    }
}
