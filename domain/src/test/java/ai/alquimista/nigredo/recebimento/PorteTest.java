package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PorteTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "MEI, MEI",
        "mei, MEI",
        "Microempreendedor Individual, MEI",
        "ME, ME",
        "me, ME",
        "micro empresa, ME",
        "Microempresa, ME",
        "MICRO EMPRESA, ME",
        "Micro-Empresa, ME",
        "EPP, EPP",
        "epp, EPP",
        "pequena, EPP",
        "Pequena Empresa, EPP",
        "empresa de pequeno porte, EPP",
        "EMPRESA DE PEQUENO PORTE, EPP",
        "Média, MEDIA",
        "media, MEDIA",
        "MÉDIA, MEDIA",
        "média empresa, MEDIA",
        "médio porte, MEDIA",
        "Grande, GRANDE",
        "grande empresa, GRANDE",
        "DEMAIS, GRANDE",
        "demais, GRANDE",
        "'  grande  ', GRANDE"
    })
    void commonSpreadsheetSpellingsAreRecognised(String typed, Porte porte) {
        assertThat(Porte.parse(typed).value()).contains(porte);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"startup", "médio-grande", "pequeno", "multinacional", "01"})
    void anythingElseIsReportedNotGuessed(String typed) {
        assertThat(Porte.parse(typed).motivo()).contains(Motivo.PORTE_UNKNOWN);
    }

    @Test
    void labelsAreTheSeedsValues() {
        assertThat(Porte.values()).extracting(Porte::label).containsExactly("MEI", "ME", "EPP", "Média", "Grande");
        assertThat(Porte.values()).extracting(Porte::code).containsExactly("mei", "me", "epp", "media", "grande");
    }

    @Test
    void medioIsTheMasculineWayOfSayingMedia() {
        assertThat(Porte.parse("Médio").value()).contains(Porte.MEDIA);
    }
}
