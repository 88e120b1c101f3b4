package ai.alquimista.nigredo.canais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.alquimista.spine.Database;
import ai.alquimista.spine.EmbeddedInfrastructure;
import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Amazon SES receiving → SNS → {@code POST /webhooks/ses} on the running application. SNS is played by a local HTTPS
 * server on {@code localhost}, which the application accepts as an SNS host and trusts through a test trust store
 * (ALQUIMISTA_SES_* in the failsafe configuration): it serves the signing certificate and answers the SubscribeURL.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class SesWebhookIT {

    @RegisterExtension
    static final SnsLocal sns = new SnsLocal();

    private static final HttpClient HTTP =
            // HTTP/1.1 as SNS posts: the JDK client's h2c upgrade would wait for a body the server refused unread
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
    private static final Duration PROCESSAMENTO = Duration.ofSeconds(60);
    private static final String DOMINIO = "respostas.alquimista.test";

    private final Database database = new Database();

    @ArquillianResource
    URL base;

    private UUID tenant;
    private UUID lead;
    private UUID envio;
    private String email;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @BeforeEach
    void umaPadariaRecebeuNossoEmail() {
        tenant = UUID.randomUUID();
        lead = UUID.randomUUID();
        envio = UUID.randomUUID();
        UUID campanha = UUID.randomUUID();
        email = "maria." + lead + "@paoquente.com.br";
        database.execute(
                "INSERT INTO alquimista_platform.tenants (id, company_name) VALUES (?, ?)", tenant, "Alquimia Vendas");
        database.execute(
                "INSERT INTO alquimista_platform.agent_activations (tenant_id, agent_id) VALUES (?, 'nigredo-disparo')",
                tenant);
        database.execute(
                "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa, contato, email, status)"
                        + " VALUES (?, ?, 'Padaria Pão Quente', 'Maria', ?, 'contatado')",
                lead,
                tenant,
                email);
        database.execute(
                "INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, segmento, canal, mensagens, status)"
                        + " VALUES (?, ?, 'Padarias', 'alimentacao|*|*', 'email', '{}'::jsonb, 'ativa')",
                campanha,
                tenant);
        database.execute(
                "INSERT INTO nigredo_leads.envios (id, tenant_id, campanha_id, lead_id, etapa, variante, canal,"
                        + " destinatario, idempotency_key, status, due_at, sent_at, provider_message_id)"
                        + " VALUES (?, ?, ?, ?, 'topo', 'A', 'email', ?, ?, 'enviado', now(), now(), ?)",
                envio,
                tenant,
                campanha,
                lead,
                email,
                lead + ":" + campanha + ":topo",
                "<" + envio + "@alquimista>");
    }

    @Test
    void aSubscriptionIsConfirmedAtTheSubscribeUrl() {
        String token = "token-" + tenant;

        Resposta reply = post("SubscriptionConfirmation", sns.confirmacaoDeInscricao(token));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(sns.pedidos()).anyMatch(p -> p.contains("Action=ConfirmSubscription") && p.contains(token));
    }

    @Test
    void aSignedReplyBecomesTheLeadsInteracaoAndAtendimentoIsTold() {
        Resposta reply = post("Notification", sns.notificacao(recebido("Tenho interesse, vamos agendar"), "2"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        await().atMost(PROCESSAMENTO)
                .untilAsserted(() -> assertThat(database.count(
                                "SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'recebido'"
                                        + " AND canal = 'email' AND envio_id = ? AND mensagem = 'Tenho interesse, vamos agendar'",
                                lead,
                                envio))
                        .isEqualTo(1));
        await().atMost(PROCESSAMENTO)
                .untilAsserted(() -> assertThat(database.count(
                                "SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ? AND type = 'lead.respondeu'",
                                tenant))
                        .isEqualTo(1));
    }

    @Test
    void anUnsignedOrTamperedNotificationIsRefusedWithNothingStored() {
        long antes = database.count("SELECT count(*) FROM nigredo_leads.webhooks_recebidos");
        String assinada = sns.notificacao(recebido("Sim"), "2");
        String semAssinatura =
                SnsLocal.campos("Notification", recebido("Sim")).build().toString();

        Resposta adulterada = post("Notification", assinada.replace("Sim", "PARE"));
        Resposta naoAssinada = post("Notification", semAssinatura);
        Resposta malformada = post("Notification", "{\"Type\":\"Notification\"}");

        assertThat(adulterada.status()).isEqualTo(401);
        assertThat(adulterada.contentType()).startsWith("application/problem+json");
        assertThat(naoAssinada.status()).isEqualTo(401);
        assertThat(malformada.status()).isEqualTo(400);
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.webhooks_recebidos"))
                .isEqualTo(antes);
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        Resposta reply = post("Notification", "{\"Message\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}");

        assertThat(reply.status()).isEqualTo(413);
    }

    @Test
    void aPermanentBouncePutsTheAddressOnTheTenantsBlocklist() {
        String bounce = Json.createObjectBuilder()
                .add("notificationType", "Bounce")
                .add(
                        "bounce",
                        Json.createObjectBuilder()
                                .add("bounceType", "Permanent")
                                .add("bounceSubType", "General")
                                .add(
                                        "bouncedRecipients",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("emailAddress", email)
                                                        .add("status", "5.1.1")))
                                .add("timestamp", "2026-11-30T12:01:00.000Z"))
                .add(
                        "mail",
                        Json.createObjectBuilder()
                                .add("timestamp", "2026-11-30T12:00:00.000Z")
                                .add("messageId", "0000014a-f4d4-4f89-93ce-6f0a8a5b2c1e-000000")
                                .add("destination", Json.createArrayBuilder().add(email))
                                .add(
                                        "headers",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "X-Alquimista-Envio")
                                                        .add("value", envio.toString())))
                                .add("commonHeaders", Json.createObjectBuilder().add("subject", "Padaria")))
                .build()
                .toString();

        Resposta reply = post("Notification", sns.notificacao(bounce, "1"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        await().atMost(PROCESSAMENTO)
                .untilAsserted(() -> assertThat(database.count(
                                "SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ? AND email = ?",
                                tenant,
                                email))
                        .isEqualTo(1));
    }

    /** As SNS posts: JSON declared as text/plain, the type in x-amz-sns-message-type. */
    private Resposta post(String tipo, String corpo) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "webhooks/ses"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("x-amz-sns-message-type", tipo)
                .header("User-Agent", "Amazon Simple Notification Service Agent")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(corpo, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Resposta(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Resposta(int status, String contentType, String body) {}

    /** SES's "Received" notification of Maria's reply to the address that names our send, base64-encoded. */
    private String recebido(String texto) {
        String para = "respostas+" + envio + "@" + DOMINIO;
        String mime = "From: Maria <" + email + ">\r\nTo: " + para + "\r\nSubject: Re: Padaria\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@mail.gmail.com>\r\nIn-Reply-To: <" + envio
                + "@alquimista>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + texto
                + "\r\n\r\nEm seg., 30 de nov. de 2026 às 09:00, Alquimia <nao-responda@alquimista.local> escreveu:\r\n"
                + "> Olá Maria\r\n";
        return Json.createObjectBuilder()
                .add("notificationType", "Received")
                .add(
                        "mail",
                        Json.createObjectBuilder()
                                .add("timestamp", "2026-11-30T12:12:44.000Z")
                                .add("source", email)
                                .add("messageId", "o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1")
                                .add("destination", Json.createArrayBuilder().add(para)))
                .add(
                        "receipt",
                        Json.createObjectBuilder()
                                .add("recipients", Json.createArrayBuilder().add(para))
                                .add(
                                        "action",
                                        Json.createObjectBuilder()
                                                .add("type", "SNS")
                                                .add("topicArn", SnsLocal.TOPICO)
                                                .add("encoding", "BASE64")))
                .add("content", Base64.getEncoder().encodeToString(mime.getBytes(StandardCharsets.UTF_8)))
                .build()
                .toString();
    }
}
