package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TipoPessoaTest {

    @ParameterizedTest
    @CsvSource({"11.222.333/0001-81, PJ", "12.abc.345/01de-35, PJ", "529.982.247-25,     PF", "52998224725,        PF"})
    void aValidCnpjIsAPessoaJuridicaAndAValidCpfAPessoaFisica(String documento, TipoPessoa tipo) {
        assertThat(TipoPessoa.of(documento)).contains(tipo);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"11.222.333/0001-82", "529.982.247-24", "12345", "não tem"})
    void neitherIsUnknown(String documento) {
        assertThat(TipoPessoa.of(documento)).isEmpty();
    }

    @Test
    void theDocumentColumnSaysWhyItIsNeither() {
        assertThat(Documento.parse("529.982.247-24").motivo()).contains(Motivo.CPF_WRONG_CHECK_DIGITS);
        assertThat(Documento.parse("11.222.333/0001-82").motivo()).contains(Motivo.CNPJ_WRONG_CHECK_DIGITS);
        assertThat(Documento.parse("12.ABC.345/01DE-3X").motivo()).contains(Motivo.CNPJ_INVALID_CHARACTER);
        assertThat(Documento.parse("12.345.678").motivo()).contains(Motivo.DOCUMENT_WRONG_LENGTH);
        assertThat(Documento.parse("ABC.DEF.GHI-JK").motivo()).contains(Motivo.DOCUMENT_WRONG_LENGTH);
    }

    @Test
    void theDocumentIsTheCnpjOrCpfItself() {
        assertThat(Documento.parse("12.abc.345/01de-35").orElseThrow()).isEqualTo(new Cnpj("12ABC34501DE35"));
        assertThat(Documento.parse("529.982.247-25").orElseThrow()).isEqualTo(new Cpf("52998224725"));
    }
}
