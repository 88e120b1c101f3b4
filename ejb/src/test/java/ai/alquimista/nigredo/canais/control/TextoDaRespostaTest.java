package ai.alquimista.nigredo.canais.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the lead wrote, without the message its mail client quoted underneath. */
class TextoDaRespostaTest {

    @Test
    void gmailInPortugueseQuoteHeaderAndQuotedLinesAreRemoved() {
        String corpo = """
                Tenho interesse, vamos agendar.
                Pode ser quinta?

                Em qua., 25 de nov. de 2026 às 10:00, Alquimia Vendas <nao-responda@alquimista.local> escreveu:

                > Olá Maria, tudo bem?
                > Vi que a Padaria Pão Quente...
                """;

        assertThat(TextoDaResposta.daMensagem(corpo)).isEqualTo("Tenho interesse, vamos agendar.\nPode ser quinta?");
    }

    @Test
    void aQuoteHeaderTheClientWrappedOverTwoLinesIsStillFound() {
        String corpo = "Sim, me liga amanhã\r\n\r\nEm seg., 30 de nov. de 2026 às 09:00, Alquimia Vendas <\r\n"
                + "nao-responda@alquimista.local> escreveu:\r\n> oi\r\n";

        assertThat(TextoDaResposta.daMensagem(corpo)).isEqualTo("Sim, me liga amanhã");
    }

    @Test
    void englishOnWroteAndOutlookOriginalMessageBlocksAreRemoved() {
        assertThat(TextoDaResposta.daMensagem(
                        "Not interested, thanks.\n\nOn Mon, Nov 30, 2026 at 9:00 AM Alquimia <x@y.z> wrote:\n> Hi"))
                .isEqualTo("Not interested, thanks.");
        assertThat(TextoDaResposta.daMensagem("Quanto custa?\n\n-----Mensagem original-----\nDe: Alquimia\n"
                        + "Enviada em: segunda-feira\nOlá"))
                .isEqualTo("Quanto custa?");
        assertThat(TextoDaResposta.daMensagem("Quanto custa?\n\nDe: Alquimia Vendas <nao-responda@alquimista.local>\n"
                        + "Enviado: segunda-feira, 30 de novembro de 2026 09:00\nPara: Maria\nOlá"))
                .isEqualTo("Quanto custa?");
        assertThat(TextoDaResposta.daMensagem("Ok\n\n________________________________\nFrom: Alquimia\nSent: Monday"))
                .isEqualTo("Ok");
    }

    @Test
    void ordinaryLinesThatLookLikeHeadersAreKept() {
        String corpo = "Em breve te respondo.\nDe: manhã estou livre, mas à tarde não.\nObrigada";

        assertThat(TextoDaResposta.daMensagem(corpo)).isEqualTo(corpo);
    }

    @Test
    void theSignatureIsLeftOutAndTheTextIsBounded() {
        assertThat(TextoDaResposta.daMensagem("Pode ligar\n-- \nMaria Silva\nPadaria"))
                .isEqualTo("Pode ligar");
        assertThat(TextoDaResposta.daMensagem("a".repeat(10_000))).hasSize(TextoDaResposta.MAXIMO);
    }

    @Test
    void htmlBecomesTheTextAReaderSeesWithoutTheQuotedBlock() {
        String html = "<html><head><style>p{color:red}</style></head><body><div>Tenho <b>interesse</b>!</div>"
                + "<div>Pode ser&nbsp;quinta?<br>Abraço</div><div class=\"gmail_quote\">Em seg. escreveu:"
                + "<blockquote>Olá Maria</blockquote></div><script>alert(1)</script></body></html>";

        assertThat(TextoDaResposta.deHtml(html)).isEqualTo("Tenho interesse!\nPode ser quinta?\nAbraço");
    }
}
