package ai.alquimista.nigredo.canais.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.Anexo;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter against a local GreenMail SMTP server. */
class SmtpEmailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String CORPO = "Olá, Maria — tudo bem?\nVi que a Padaria Pão Quente abriu uma filial.";
    private static final URI DESCADASTRO = URI.create("https://app.alquimista.ai/descadastro/9f1c2b7e");

    private final SmtpEmail email = new SmtpEmail();

    @BeforeEach
    void configure() {
        email.host = "127.0.0.1";
        email.port = greenMail.getSmtp().getPort();
        email.starttls = false;
        email.from = "Alquimista <nao-responda@alquimista.local>";
    }

    @Test
    void aProspectingEmailArrivesInUtf8WithOneClickUnsubscribe() throws Exception {
        MensagemDeSaida mensagem = mensagem("maria@padariapaoquente.com.br", Optional.of(DESCADASTRO));

        ResultadoDoEnvio resultado = email.transmitir(mensagem);

        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).isEqualTo("Proposta para a Padaria Pão Quente");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(CORPO);
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("utf-8");
        assertThat(received.getFrom()).containsExactly(new InternetAddress("nao-responda@alquimista.local"));
        assertThat(received.getHeader("List-Unsubscribe")).containsExactly("<" + DESCADASTRO + ">");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getHeader("X-Alquimista-Envio"))
                .containsExactly(mensagem.envioId().toString());
        assertThat(resultado).isEqualTo(new ResultadoDoEnvio.Enviado(received.getMessageID(), Optional.empty()));
    }

    @Test
    void withAReplyDomainTheReplyToNamesTheSendSoTheReplyFindsItsWayBack() throws Exception {
        email.replyDomain = Optional.of("respostas.alquimista.test");
        MensagemDeSaida mensagem = mensagem("maria@padariapaoquente.com.br", Optional.empty());

        email.transmitir(mensagem);

        assertThat(onlyReceived().getReplyTo())
                .containsExactly(new InternetAddress("respostas+" + mensagem.envioId() + "@respostas.alquimista.test"));
    }

    @Test
    void aMeetingConfirmationCarriesItsInviteAfterTheText() throws Exception {
        byte[] convite = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        MensagemDeSaida mensagem = new MensagemDeSaida(
                UUID.randomUUID(),
                UUID.randomUUID(),
                CanalDeEnvio.email,
                "maria@padariapaoquente.com.br",
                "Reunião confirmada",
                CORPO,
                Optional.empty(),
                "agendamento:1",
                Optional.empty(),
                List.of(new Anexo("convite.ics", "text/calendar; method=REQUEST; charset=UTF-8", convite)));

        email.transmitir(mensagem);

        Multipart partes = (Multipart) onlyReceived().getContent();
        assertThat(partes.getCount()).isEqualTo(2);
        assertThat(((String) partes.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .isEqualTo(CORPO);
        BodyPart invite = partes.getBodyPart(1);
        assertThat(invite.getFileName()).isEqualTo("convite.ics");
        assertThat(invite.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(invite.getInputStream().readAllBytes()).isEqualTo(convite);
    }

    @Test
    void withoutAReplyDomainRepliesGoToTheSenderAsBefore() throws Exception {
        email.transmitir(mensagem("maria@padariapaoquente.com.br", Optional.empty()));

        assertThat(onlyReceived().getHeader("Reply-To")).isNull();
    }

    @Test
    void withoutADescadastroLinkThereAreNoUnsubscribeHeaders() throws Exception {
        email.transmitir(mensagem("maria@padariapaoquente.com.br", Optional.empty()));

        MimeMessage received = onlyReceived();
        assertThat(received.getHeader("List-Unsubscribe")).isNull();
        assertThat(received.getHeader("List-Unsubscribe-Post")).isNull();
    }

    @Test
    void aRepeatOfTheSameStepCarriesTheSameMessageId() {
        ResultadoDoEnvio first = email.transmitir(mensagem("maria@padariapaoquente.com.br", Optional.empty()));
        ResultadoDoEnvio repeat = email.transmitir(mensagem("maria@padariapaoquente.com.br", Optional.empty()));

        assertThat(first)
                .isEqualTo(repeat)
                .isEqualTo(new ResultadoDoEnvio.Enviado(
                        SmtpEmail.messageId("lead-1:campanha-1:etapa-1"), Optional.empty()));
        assertThat(SmtpEmail.messageId("lead-1:campanha-1:etapa-1")).matches("<[0-9a-f]{32}@alquimista>");
    }

    @Test
    void aServerNobodyListensOnIsTriedAgainLater() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            email.port = socket.getLocalPort();
        }

        assertThat(email.transmitir(mensagem("maria@padariapaoquente.com.br", Optional.empty())))
                .isInstanceOfSatisfying(
                        ResultadoDoEnvio.TentarDepois.class,
                        depois -> assertThat(depois.espera()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void aMalformedRecipientFailsWithoutTouchingTheServer() {
        assertThat(email.transmitir(mensagem("maria padariapaoquente.com.br", Optional.empty())))
                .isInstanceOf(ResultadoDoEnvio.Falhou.class);
        assertThat(email.transmitir(mensagem("maria@", Optional.empty()))).isInstanceOf(ResultadoDoEnvio.Falhou.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void withCredentialsConfiguredItAuthenticates() {
        assertThat(sendSigningInWith("s3cret")).isInstanceOf(ResultadoDoEnvio.Enviado.class);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPasswordIsRefusedByTheServer() {
        assertThat(sendSigningInWith("wrong")).isInstanceOf(ResultadoDoEnvio.TentarDepois.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    /** The server knows the sender as {@code alquimista} / {@code s3cret}; the adapter signs in with {@code password}. */
    private ResultadoDoEnvio sendSigningInWith(String password) {
        greenMail.setUser("nao-responda@alquimista.local", "alquimista", "s3cret");
        email.username = Optional.of("alquimista");
        email.password = Optional.of(password);
        return email.transmitir(mensagem("maria@padariapaoquente.com.br", Optional.empty()));
    }

    @Test
    void aMailboxTheServerRejectsPermanentlyFailsTheMessage() throws Exception {
        InternetAddress maria = new InternetAddress("maria@padariapaoquente.com.br");
        var rejected = new SMTPAddressFailedException(
                maria, "RCPT TO:<" + maria.getAddress() + ">", 550, "550 5.1.1 mailbox unavailable");
        var failure = new SendFailedException(
                "Invalid Addresses", rejected, new Address[0], new Address[0], new Address[] {maria});

        assertThat(SmtpEmail.classify(failure))
                .isInstanceOfSatisfying(
                        ResultadoDoEnvio.Falhou.class,
                        falhou -> assertThat(falhou.motivo())
                                .startsWith("smtp 550: ")
                                .contains("mailbox unavailable"));
    }

    @Test
    void aTemporarySmtpRefusalIsTriedAgainLater() {
        var greylisted = refusal("DATA", 451, "451 4.7.1 greylisted, try again later");

        assertThat(SmtpEmail.classify(greylisted))
                .isEqualTo(new ResultadoDoEnvio.TentarDepois(
                        "smtp 451: 451 4.7.1 greylisted, try again later", Duration.ofMinutes(5)));
    }

    @Test
    void aServerThatIsNotAvailableCountsForItsCircuitButGreylistingDoesNot() {
        var closing = refusal("MAIL", 421, "421 4.3.2 Service not available, closing channel");
        var greylisted = refusal("DATA", 451, "451 4.7.1 greylisted, try again later");

        assertThat(SmtpEmail.classify(closing).provedorIndisponivel()).isTrue();
        assertThat(SmtpEmail.classify(greylisted).provedorIndisponivel())
                .as("about this message's sender and recipient, not the server")
                .isFalse();
    }

    @Test
    void aServerThatRefusesTheSessionAtItsGreetingIsTriedAgainLaterAndCountsForItsCircuit() throws Exception {
        try (ServerSocket unavailable = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> greetWith421(unavailable), "smtp-421");
            server.setDaemon(true);
            server.start();
            email.port = unavailable.getLocalPort();

            ResultadoDoEnvio resultado = email.transmitir(mensagem("maria@padariapaoquente.com.br", Optional.empty()));

            assertThat(resultado)
                    .as("the server offered nothing to send to: not uncertain, nothing can have gone")
                    .isInstanceOfSatisfying(ResultadoDoEnvio.TentarDepois.class, depois -> {
                        assertThat(depois.espera()).isEqualTo(Duration.ofMinutes(5));
                        assertThat(depois.motivo()).contains("421");
                    });
            assertThat(resultado.provedorIndisponivel()).isTrue();
        }
    }

    /** Answers the one connection as a server that is not available answers: 421 instead of its 220 greeting. */
    private static void greetWith421(ServerSocket listener) {
        try (Socket client = listener.accept();
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
            out.write("421 4.3.2 Service not available, try again later\r\n");
            out.flush();
            client.getInputStream().read(); // the client's QUIT, or its close
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SMTPSendFailedException refusal(String command, int code, String reply) {
        return new SMTPSendFailedException(command, code, reply, null, new Address[0], new Address[0], new Address[0]);
    }

    private static MimeMessage onlyReceived() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static MensagemDeSaida mensagem(String destinatario, Optional<URI> descadastro) {
        return new MensagemDeSaida(
                UUID.randomUUID(),
                UUID.randomUUID(),
                CanalDeEnvio.email,
                destinatario,
                "Proposta para a Padaria Pão Quente",
                CORPO,
                Optional.empty(),
                "lead-1:campanha-1:etapa-1",
                descadastro);
    }
}
