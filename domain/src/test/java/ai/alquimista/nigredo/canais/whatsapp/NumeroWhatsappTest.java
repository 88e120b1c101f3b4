package ai.alquimista.nigredo.canais.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.recebimento.Telefone;
import org.junit.jupiter.api.Test;

class NumeroWhatsappTest {

    @Test
    void aWaIdWithoutTheNinthDigitIsAlsoLookedForWithIt() {
        assertThat(NumeroWhatsapp.variantes("551187654321")).containsExactly("551187654321", "5511987654321");
    }

    @Test
    void aWaIdWithTheNinthDigitIsAlsoLookedForWithoutIt() {
        assertThat(NumeroWhatsapp.variantes("5511987654321")).containsExactly("5511987654321", "551187654321");
    }

    @Test
    void aLeadStoredAsRecebimentoWritesItIsOneOfTheVariantsEitherWay() {
        String guardado = NumeroWhatsapp.digitos(
                Telefone.parse("(11) 98765-4321").value().orElseThrow().e164());

        assertThat(NumeroWhatsapp.digitos("+55 11 98765-4321")).isEqualTo("5511987654321");
        assertThat(NumeroWhatsapp.variantes("551187654321")).contains(guardado);
        assertThat(NumeroWhatsapp.variantes("5511987654321")).contains(guardado);
    }

    @Test
    void landlinesAndForeignNumbersAreOnlyThemselves() {
        assertThat(NumeroWhatsapp.variantes("551133334444")).containsExactly("551133334444");
        assertThat(NumeroWhatsapp.variantes("16505551234")).containsExactly("16505551234");
        assertThat(NumeroWhatsapp.variantes("5511933334444")).containsExactly("5511933334444");
        assertThat(NumeroWhatsapp.variantes("")).isEmpty();
    }
}
