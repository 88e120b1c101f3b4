package ai.alquimista.nigredo.recebimento.planilha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColunasTest {

    @Test
    void seedColumnsAndVariantsMapWhateverTheirCaseAccentsAndSpaces() {
        assertThat(Colunas.campo("Razão Social")).contains("empresa");
        assertThat(Colunas.campo("RAZAO_SOCIAL")).contains("empresa");
        assertThat(Colunas.campo(" nome fantasia ")).contains("empresa");
        assertThat(Colunas.campo("Company")).contains("empresa");
        assertThat(Colunas.campo("CNPJ/CPF")).contains("cnpj");
        assertThat(Colunas.campo("Responsável")).contains("contato");
        assertThat(Colunas.campo("Nome do Contato")).contains("contato");
        assertThat(Colunas.campo("WhatsApp")).contains("telefone");
        assertThat(Colunas.campo("E-mail")).contains("email");
        assertThat(Colunas.campo("e_mail")).contains("email");
        assertThat(Colunas.campo("Segmento")).contains("setor");
        assertThat(Colunas.campo("Tamanho")).contains("porte");
        assertThat(Colunas.campo("CNAE Principal")).contains("atividade_principal");
        assertThat(Colunas.campo("Atividade_Principal")).contains("atividade_principal");
        assertThat(Colunas.campo("\uFEFFempresa")).contains("empresa");
        assertThat(Colunas.campo("observações")).isEmpty();
    }

    @Test
    void aRowBecomesTheLeadsFieldsAndUnknownColumnsAreIgnored() {
        Colunas colunas = Colunas.doCabecalho(List.of("Razão Social", "Observações", "Telefone", "E-mail"));

        var lead = colunas.lead(Arrays.asList(" Padaria ", "cliente antigo", "", null));

        assertThat(lead.toString()).isEqualTo("{\"empresa\":\"Padaria\"}");
        assertThat(colunas.ignoradas()).containsExactly("Observações");
        assertThat(colunas.campos()).containsOnlyKeys("empresa", "telefone", "email");
    }

    @Test
    void aHeaderWithoutEmpresaOrWithoutBothTelefoneAndEmailIsRefusedNamingTheColumns() {
        assertThatThrownBy(() -> Colunas.doCabecalho(List.of("nome", "cidade")))
                .isInstanceOf(PlanilhaInvalida.class)
                .hasMessageContaining("empresa")
                .hasMessageContaining("telefone or email");
        assertThatThrownBy(() -> Colunas.doCabecalho(List.of("telefone")))
                .hasMessageContaining("empresa")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("telefone or email"));
        assertThat(Colunas.doCabecalho(List.of("empresa", "email")).campos()).containsOnlyKeys("empresa", "email");
    }
}
