package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's local providers take messages the way Disparo's adapters send them and count each one with the
 * envio it names; made to fail, they refuse, and a refused message is not counted.
 */
class LocalProvidersTest {

    private static final String ENVIO = "5b8f7a52-1f0e-4c1e-9a55-3e1d2f6a7b90";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theLocalCloudApiAnswersWithAWamidAndCountsTheMessageByItsEnvio() throws Exception {
        try (LocalWhatsApp whatsApp = LocalWhatsApp.start(Clock.systemUTC(), Duration.ZERO)) {
            HttpResponse<String> answer = post(whatsApp, "5511987654321");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"messages\":[{\"id\":\"wamid.");
            assertThat(whatsApp.log().calls()).singleElement().satisfies(call -> {
                assertThat(call.account()).isEqualTo("100000000000001");
                assertThat(call.recipient()).isEqualTo("5511987654321");
                assertThat(call.envioId()).isEqualTo(ENVIO);
                assertThat(answer.body()).contains(call.messageId());
                assertThat(call.instance()).isEqualTo("instancia-1");
            });
        }
    }

    @Test
    void whileFailingTheLocalCloudApiAnswers503AsMetaDoesAndCountsNothing() throws Exception {
        try (LocalWhatsApp whatsApp = LocalWhatsApp.start(Clock.systemUTC(), Duration.ZERO)) {
            whatsApp.failFor(Duration.ofMinutes(1));

            HttpResponse<String> answer = post(whatsApp, "5511987654321");

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("\"code\":131016");
            assertThat(whatsApp.log().callCount()).isZero();
            assertThat(whatsApp.log().refusals())
                    .singleElement()
                    .extracting(ProviderLog.Refusal::circuit)
                    .isEqualTo("whatsapp:100000000000001");
        }
    }

    @Test
    void theLocalSmtpServerCountsAMessageByItsEnvioAndMessageId() throws Exception {
        try (LocalSmtp smtp = LocalSmtp.start(Clock.systemUTC())) {
            List<String> replies = converse(
                    smtp,
                    "EHLO alquimista",
                    "MAIL FROM:<instancia-2@faults.alquimista.local>",
                    "RCPT TO:<maria@empresa.com.br>",
                    "DATA",
                    "Message-ID:\r\n <envio-1@alquimista.local>\r\nX-Alquimista-Envio: " + ENVIO
                            + "\r\nTo: maria@empresa.com.br\r\nSubject: Olá\r\n\r\nOlá, Maria!\r\n..linha com ponto\r\n.",
                    "QUIT");

            assertThat(replies).first().asString().startsWith("220");
            assertThat(replies)
                    .anyMatch(reply -> reply.startsWith("354"))
                    .last()
                    .asString()
                    .startsWith("221");
            assertThat(smtp.log().calls()).singleElement().satisfies(call -> {
                assertThat(call.envioId()).isEqualTo(ENVIO);
                assertThat(call.messageId()).isEqualTo("<envio-1@alquimista.local>");
                assertThat(call.recipient()).isEqualTo("maria@empresa.com.br");
                assertThat(call.instance()).contains("instancia-2");
            });
        }
    }

    @Test
    void whileFailingTheLocalSmtpServerRefusesTheConnectionWith421() throws Exception {
        try (LocalSmtp smtp = LocalSmtp.start(Clock.systemUTC())) {
            smtp.failFor(Duration.ofMinutes(1));

            List<String> replies = converse(smtp);

            assertThat(replies).singleElement().asString().startsWith("421");
            assertThat(smtp.log().callCount()).isZero();
            assertThat(smtp.log().refusals())
                    .singleElement()
                    .extracting(ProviderLog.Refusal::circuit)
                    .isEqualTo("email:127.0.0.1:" + smtp.port());
        }
    }

    private HttpResponse<String> post(LocalWhatsApp whatsApp, String to) throws Exception {
        String body = "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + to
                + "\",\"biz_opaque_callback_data\":\"" + ENVIO + "\",\"type\":\"template\",\"template\":"
                + "{\"name\":\"alquimista_topo_a\",\"language\":{\"code\":\"pt_BR\"}}}";
        return http.send(
                HttpRequest.newBuilder(URI.create(whatsApp.baseUrl() + "/v21.0/100000000000001/messages"))
                        .header("Authorization", "Bearer instancia-1")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server's replies to the greeting and to each command, as a client reads them. */
    private static List<String> converse(LocalSmtp smtp, String... commands) throws Exception {
        List<String> replies = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), smtp.port());
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            replies.add(reply(in));
            for (String command : commands) {
                if (replies.get(replies.size() - 1).startsWith("421")) {
                    break;
                }
                out.write(command + "\r\n");
                out.flush();
                replies.add(reply(in));
            }
        }
        return replies;
    }

    /** One reply, its continuation lines ({@code 250-…}) included. */
    private static String reply(BufferedReader in) throws Exception {
        StringBuilder reply = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            reply.append(line).append('\n');
            if (line.length() < 4 || line.charAt(3) != '-') {
                break;
            }
        }
        return reply.toString();
    }
}
