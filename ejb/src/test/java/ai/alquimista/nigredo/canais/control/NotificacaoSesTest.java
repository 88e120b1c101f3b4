package ai.alquimista.nigredo.canais.control;

import static ai.alquimista.nigredo.canais.control.EmailsDeTeste.devolucao;
import static ai.alquimista.nigredo.canais.control.EmailsDeTeste.recebido;
import static ai.alquimista.nigredo.canais.control.EmailsDeTeste.reclamacao;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SES's notifications, as SES writes them, read into what the reply or the bounce says. */
class NotificacaoSesTest {

    private static final String PARA = "respostas+8a3c5d3e-2f4b-4c1d-9e8f-0a1b2c3d4e5f@respostas.alquimista.test";

    @Test
    void aGmailReplyInUtf8IsItsPlainTextWithoutTheQuoteAndNamesTheMessageItAnswers() {
        String mime = EmailsDeTeste.respostaDoGmail(
                "Maria Silva <Maria@PaoQuente.com.br>",
                "<CAF=maria1@mail.gmail.com>",
                "<0a1b2c@alquimista>",
                "Tenho interesse, vamos agendar. Não posso amanhã.");

        NotificacaoSes.Recebido recebido = (NotificacaoSes.Recebido)
                NotificacaoSes.ler(recebido(List.of(PARA), mime.getBytes(StandardCharsets.UTF_8), false));
        EmailMime email = EmailMime.ler(recebido.mime());

        assertThat(recebido.destinatarios()).containsExactly(PARA);
        assertThat(recebido.sesMessageId()).isEqualTo("o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1");
        assertThat(email.messageId()).contains("<CAF=maria1@mail.gmail.com>");
        assertThat(email.remetente()).contains("maria@paoquente.com.br");
        assertThat(email.referencias()).containsExactly("<0a1b2c@alquimista>", "<outra@mail.gmail.com>");
        assertThat(email.texto()).isEqualTo("Tenho interesse, vamos agendar. Não posso amanhã.");
    }

    @Test
    void base64ContentIsTheSameEmailAndKeepsAnIso88591Charset() {
        byte[] latin1 = EmailsDeTeste.respostaLatin1(
                "joao@mercadobom.com.br", "<abc@mercadobom.com.br>", "Olá! Não tenho interesse, obrigado.");

        NotificacaoSes.Recebido recebido =
                (NotificacaoSes.Recebido) NotificacaoSes.ler(recebido(List.of(PARA), latin1, true));

        assertThat(recebido.mime()).isEqualTo(latin1);
        assertThat(EmailMime.ler(recebido.mime()).texto()).isEqualTo("Olá! Não tenho interesse, obrigado.");
    }

    @Test
    void anOutlookReplyLosesItsOriginalMessageBlock() {
        String mime = EmailsDeTeste.respostaDoOutlook("ana@cafecentral.com.br", "<x1@outlook.com>", "Quanto custa?");

        NotificacaoSes.Recebido recebido = (NotificacaoSes.Recebido)
                NotificacaoSes.ler(recebido(List.of(PARA), mime.getBytes(StandardCharsets.UTF_8), true));

        assertThat(EmailMime.ler(recebido.mime()).texto()).isEqualTo("Quanto custa?");
    }

    @Test
    void anHtmlOnlyReplyIsReadAsText() {
        String mime = "From: ana@cafecentral.com.br\r\nMessage-ID: <h1@x>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n"
                + "<p>Vamos agendar</p><blockquote>Olá Ana</blockquote>\r\n";

        assertThat(EmailMime.ler(mime.getBytes(StandardCharsets.UTF_8)).texto()).isEqualTo("Vamos agendar");
    }

    @Test
    void aPermanentBounceNamesTheAddressAndOurSend() {
        UUID envio = UUID.randomUUID();

        NotificacaoSes.Devolucao devolucao = (NotificacaoSes.Devolucao) NotificacaoSes.ler(devolucao(
                "Permanent", "nao-existe@paoquente.com.br", "<0a1b2c@alquimista>", envio, "2026-11-30T12:00:00.000Z"));

        assertThat(devolucao.permanente()).isTrue();
        assertThat(devolucao.subtipo()).isEqualTo("General");
        assertThat(devolucao.enderecos()).containsExactly("nao-existe@paoquente.com.br");
        assertThat(devolucao.enviado())
                .isEqualTo(new NotificacaoSes.EmailEnviado(
                        Optional.of("<0a1b2c@alquimista>"),
                        Optional.of(envio),
                        Optional.of(Instant.parse("2026-11-30T12:00:00Z"))));
    }

    @Test
    void aTransientBounceIsNotPermanentAndAComplaintNamesTheComplainer() {
        NotificacaoSes.Devolucao transitoria = (NotificacaoSes.Devolucao) NotificacaoSes.ler(
                devolucao("Transient", "cheia@paoquente.com.br", null, null, "2026-11-30T12:00:00.000Z"));
        NotificacaoSes.Reclamacao reclamacao = (NotificacaoSes.Reclamacao) NotificacaoSes.ler(
                reclamacao("maria@paoquente.com.br", "<0a1b2c@alquimista>", null, "2026-11-30T12:00:00.000Z"));

        assertThat(transitoria.permanente()).isFalse();
        assertThat(transitoria.enviado().envioId()).isEmpty();
        assertThat(reclamacao.enderecos()).containsExactly("maria@paoquente.com.br");
        assertThat(reclamacao.tipoDeFeedback()).isEqualTo("abuse");
    }

    @Test
    void otherNotificationsAreNamedAndWhatIsNotSesJsonIsRefused() {
        assertThat(NotificacaoSes.ler("{\"notificationType\":\"Delivery\",\"mail\":{}}"))
                .isEqualTo(new NotificacaoSes.Outra("Delivery"));
        assertThatThrownBy(() -> NotificacaoSes.ler("Hello from the SNS console"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificacaoSes.ler("{\"notificationType\":\"Received\",\"mail\":{}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without content");
    }
}
