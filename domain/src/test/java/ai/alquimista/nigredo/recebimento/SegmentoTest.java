package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentoTest {

    private static final DivisaoCnae VAREJO = new DivisaoCnae("47");

    @Test
    void theKeyIsSetorPorteAndDivision() {
        assertThat(new Segmento("Comércio Varejista", Porte.ME, VAREJO).key()).isEqualTo("comercio-varejista|me|47");
        assertThat(new Segmento("Alimentação", Porte.MEDIA, new DivisaoCnae("10")).key())
                .isEqualTo("alimentacao|media|10");
    }

    @Test
    void theSameSetorTypedDifferentlyGroupsTogether() {
        String key = new Segmento("Comércio Varejista", Porte.ME, VAREJO).key();

        assertThat(new Segmento("COMERCIO  varejista", Porte.ME, VAREJO).key()).isEqualTo(key);
        assertThat(new Segmento(" comércio-varejista! ", Porte.ME, VAREJO).key())
                .isEqualTo(key);
    }

    @Test
    void whatTheLeadDidNotSayIsAStar() {
        assertThat(new Segmento(null, null, null).key()).isEqualTo("*|*|*");
        assertThat(new Segmento("Tecnologia", null, null).key()).isEqualTo("tecnologia|*|*");
        assertThat(new Segmento("!!!", Porte.EPP, null).key()).isEqualTo("*|epp|*");
    }

    @Test
    void differentPorteOrDivisionIsADifferentSegment() {
        Segmento varejoMe = new Segmento("Varejo", Porte.ME, VAREJO);

        assertThat(new Segmento("Varejo", Porte.EPP, VAREJO).key()).isNotEqualTo(varejoMe.key());
        assertThat(new Segmento("Varejo", Porte.ME, new DivisaoCnae("46")).key())
                .isNotEqualTo(varejoMe.key());
    }
}
