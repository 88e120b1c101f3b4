package ai.alquimista.nigredo.recebimento.planilha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.shared.errors.TooLarge;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanilhaCsvTest {

    private static List<Linha> read(byte[] bytes) throws Exception {
        List<Linha> linhas = new ArrayList<>();
        try (Planilha planilha = Planilha.csv(new ByteArrayInputStream(bytes))) {
            planilha.forEachRemaining(linhas::add);
        }
        return linhas;
    }

    @Test
    void aBrazilianExcelExportIsReadWithItsBomSemicolonsAndAQuotedNewline() throws Exception {
        String csv = "\uFEFFRazão Social;Responsável;Telefone;E-mail;Observações\r\n"
                + "Padaria Pão Quente;Maria;(11) 98765-4321;maria@padaria.com.br;cliente\r\n"
                + "\"Oficina \"\"Boa\"\" Vista\";João;;joao@oficina.com.br;\"primeira linha\r\nsegunda linha\"\r\n"
                + "\r\n"
                + "Mercado Central;Ana;31 3222-1234;;\r\n";

        List<Linha> linhas = read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(linhas).extracting(Linha::numero).containsExactly(2, 3, 5);
        assertThat(linhas).noneMatch(Linha::malformada);
        assertThat(linhas.get(0).dados().toString())
                .isEqualTo("{\"empresa\":\"Padaria Pão Quente\",\"contato\":\"Maria\","
                        + "\"telefone\":\"(11) 98765-4321\",\"email\":\"maria@padaria.com.br\"}");
        assertThat(linhas.get(1).dados().getString("empresa")).isEqualTo("Oficina \"Boa\" Vista");
        assertThat(linhas.get(2).dados().getString("telefone")).isEqualTo("31 3222-1234");
    }

    @Test
    void malformedRowsBecomeProblemsAndReadingGoesOn() throws Exception {
        String csv = "empresa,telefone\n"
                + "Padaria,11 98765-4321\n"
                + "Demais,11 1111-1111,sobra,\n"
                + "\"Aspas\"erradas,11 2222-2222\n"
                + "\"Sem fim,11 3333-3333\n"
                + "Mercado,31 3222-1234\n";

        List<Linha> linhas = read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(linhas).extracting(Linha::numero).containsExactly(2, 3, 4, 5, 6);
        assertThat(linhas).extracting(Linha::malformada).containsExactly(false, true, true, true, false);
        assertThat(linhas.get(1).problema()).contains("3 colunas").contains("cabeçalho tem 2");
        assertThat(linhas.get(3).problema()).contains("aspas");
        assertThat(linhas.get(4).dados().getString("empresa")).isEqualTo("Mercado");
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() throws Exception {
        String csv = "Razão Social;Telefone\nPadaria Pão Quente;11 98765-4321\n";

        List<Linha> linhas = read(csv.getBytes(Charset.forName("windows-1252")));

        assertThat(linhas.get(0).dados().getString("empresa")).isEqualTo("Padaria Pão Quente");
    }

    @Test
    void aFileWithoutTheNeededColumnsOrWithoutRowsIsRefused() throws Exception {
        assertThatThrownBy(() -> read("nome;cidade\nMaria;SP\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanilhaInvalida.class)
                .hasMessageContaining("empresa");
        assertThatThrownBy(() -> read(new byte[0]))
                .isInstanceOf(PlanilhaInvalida.class)
                .hasMessageContaining("no leads");
        assertThat(read("empresa;email\n\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aLargeFileIsStreamedAndTheLimitStopsItWhileReading() throws Exception {
        int rows = 100_000;
        InputStream header = new ByteArrayInputStream("empresa;telefone\n".getBytes(StandardCharsets.UTF_8));
        InputStream body = new InputStream() {
            private final byte[] row = "Empresa;11 98765-4321\n".getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                return position >= (long) row.length * rows ? -1 : row[(int) (position++ % row.length)];
            }
        };
        int count = 0;
        try (Planilha planilha =
                Planilha.csv(new SequenceInputStream(Collections.enumeration(List.of(header, body))))) {
            while (planilha.hasNext()) {
                planilha.next();
                count++;
            }
        }
        assertThat(count).isEqualTo(rows);

        byte[] big = ("empresa;telefone\n" + "Empresa;11 98765-4321\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
                    try (Planilha planilha =
                            Planilha.csv(new LimitedInputStream(new ByteArrayInputStream(big), 100_000))) {
                        planilha.forEachRemaining(linha -> {});
                    }
                })
                .isInstanceOf(TooLarge.class);
    }
}
