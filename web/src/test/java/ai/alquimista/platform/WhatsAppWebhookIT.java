package ai.alquimista.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.alquimista.nigredo.canais.whatsapp.AssinaturaMeta;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.Database;
import ai.alquimista.spine.EmbeddedInfrastructure;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Meta's WhatsApp Cloud API calls us as it would in production: the verification handshake, then signed webhooks. Only
 * a body signed with the app secret is kept; a lead's reply reaches the lead's conversation and Atendimento once,
 * however often Meta posts it. The app secret and verify token are the IT's (web/pom.xml, failsafe).
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class WhatsAppWebhookIT {

    private static final Duration PIPELINE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final AssinaturaMeta META = new AssinaturaMeta(System.getenv("ALQUIMISTA_WHATSAPP_APP_SECRET"));
    private static final String VERIFY_TOKEN = System.getenv("ALQUIMISTA_WHATSAPP_VERIFY_TOKEN");

    private final Tenants tenants = new Tenants();
    private final Database database = new Database();

    @ArquillianResource
    URL base;

    private Api api;
    private String suffix;
    private String address;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @BeforeEach
    void setUp() {
        api = new Api(base);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    @Test
    void metaVerifiesTheWebhookWithOurTokenAndNoOtherTokenWorks() {
        var ok = get("webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" + encode(VERIFY_TOKEN)
                + "&hub.challenge=1158201444");
        var wrongToken =
                get("webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=adivinhado&hub.challenge=1158201444");
        var markup = get("webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" + encode(VERIFY_TOKEN)
                + "&hub.challenge=" + encode("<script>alert(1)</script>"));

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(markup.statusCode()).isEqualTo(403);
        assertThat(markup.body()).doesNotContain("<script>");
    }

    @Test
    void onlyABodySignedWithTheAppSecretIsKept() {
        String corpo = texto("106540352242922", "5511987654321", "wamid.NAO-ASSINADO-" + suffix, "Oi");
        long antes = webhooksGuardados();

        var unsigned = post(corpo, Map.of());
        var badlySigned = post(corpo, Map.of("X-Hub-Signature-256", "sha256=" + "0".repeat(64)));
        var otherBody = post(corpo, Map.of("X-Hub-Signature-256", META.assinar("{}".getBytes(StandardCharsets.UTF_8))));
        var malformed = post("{\"entry\": [", Map.of("X-Hub-Signature-256", sign("{\"entry\": [")));

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(badlySigned.statusCode()).isEqualTo(401);
        assertThat(otherBody.statusCode()).isEqualTo(401);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(webhooksGuardados()).as("nothing stored").isEqualTo(antes);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWithoutBeingKept() {
        String grande = texto("106540352242922", "5511987654321", "wamid.GRANDE-" + suffix, "x".repeat(1024 * 1024));
        long antes = webhooksGuardados();

        var declared = post(grande, Map.of("X-Hub-Signature-256", sign(grande)));
        var chunked = send(HttpRequest.newBuilder(uri("webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", sign(grande))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(grande.getBytes(StandardCharsets.UTF_8)))));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(webhooksGuardados()).isEqualTo(antes);
    }

    @Test
    void aSignedReplyWithoutTheNinthDigitReachesTheLeadAndAtendimentoOnceThoughMetaPostsItTwice() {
        UUID tenant = tenants.tenant("Alquimia Vendas Ltda " + suffix);
        Api manager = manager(tenant, "gil");
        String numero =
                Long.toString(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000_000L));
        activate(manager, "nigredo-atendimento", "{}");
        activate(manager, "nigredo-disparo", "{\"settings\": {\"whatsapp_phone_number_id\": \"" + numero + "\"}}");
        UUID maria = UUID.randomUUID();
        database.execute(
                "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa, contato, telefone, status)"
                        + " VALUES (?, ?, 'Padaria Pão Quente', 'Maria', '+5511987654321', 'contatado')",
                maria,
                tenant);
        String wamid = "wamid.HBgNNTUxMTg3NjU0MzIxFQIAEhgg" + suffix;
        String corpo = texto(numero, "551187654321", wamid, "Tenho interesse, vamos agendar");

        var primeira = post(corpo, Map.of("X-Hub-Signature-256", sign(corpo)));
        var segunda = post(corpo, Map.of("X-Hub-Signature-256", sign(corpo)));

        assertThat(primeira.statusCode()).isEqualTo(200);
        assertThat(segunda.statusCode()).isEqualTo(200);
        eventually()
                .until(
                        () -> database.count(
                                "SELECT count(*) FROM nigredo_leads.webhooks_recebidos WHERE corpo = ?"
                                        + " AND processado_em IS NOT NULL",
                                corpo),
                        processados -> processados == 2);
        assertThat(database.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE tenant_id = ? AND lead_id = ?"
                                + " AND tipo = 'recebido' AND provider_message_id = ?"
                                + " AND mensagem = 'Tenho interesse, vamos agendar'",
                        tenant,
                        maria,
                        wamid))
                .isEqualTo(1);
        assertThat(database.count(
                        "SELECT count(*) FROM nigredo_leads.leads WHERE id = ? AND status IN ('respondeu', 'interessado')",
                        maria))
                .as("the lead answered (and Atendimento may already have found it interested)")
                .isEqualTo(1);
        eventually()
                .until(
                        () -> database.count(
                                "SELECT count(*) FROM fibonacci_core.events e JOIN fibonacci_core.traces t"
                                        + " ON t.event_id = e.id WHERE e.tenant_id = ? AND e.type = 'lead.respondeu'"
                                        + " AND t.agent = 'atendimento'",
                                tenant),
                        hops -> hops >= 1);
        assertThat(database.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ? AND type = 'lead.respondeu'",
                        tenant))
                .isEqualTo(1);
    }

    @Test
    void aTenantCannotClaimAnotherTenantsWhatsappNumber() {
        String numero =
                Long.toString(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000_000L));
        Api dono = manager(tenants.tenant("Dona do Número Ltda " + suffix), "ana");
        Api intruso = manager(tenants.tenant("Intrusa Ltda " + suffix), "ivo");
        String settings = "{\"settings\": {\"whatsapp_phone_number_id\": \"" + numero + "\"}}";

        activate(dono, "nigredo-disparo", settings);
        var claimed = intruso.post("api/agents/nigredo-disparo/activate", settings);
        var notDigits = intruso.post(
                "api/agents/nigredo-disparo/activate", "{\"settings\": {\"whatsapp_phone_number_id\": \"12ab\"}}");

        assertThat(claimed.status()).isEqualTo(409);
        assertThat(claimed.contentType()).startsWith("application/problem+json");
        assertThat(notDigits.status()).isEqualTo(400);
        assertThat(notDigits.body()).contains("settings.whatsapp_phone_number_id");
    }

    private long webhooksGuardados() {
        return database.count("SELECT count(*) FROM nigredo_leads.webhooks_recebidos");
    }

    /** A text message as Meta's messages webhook reference shows it. */
    private static String texto(String phoneNumberId, String de, String wamid, String texto) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
                  "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "551130000000", "phone_number_id": "%s"},
                    "contacts": [{"profile": {"name": "Maria Souza"}, "wa_id": "%s"}],
                    "messages": [{"from": "%s", "id": "%s", "timestamp": "1796216400", "type": "text",
                                  "text": {"body": "%s"}}]},
                  "field": "messages"}]}]}
                """.formatted(phoneNumberId, de, de, wamid, texto);
    }

    private static String sign(String corpo) {
        return META.assinar(corpo.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String corpo, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corpo));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(
                    request.header("X-Forwarded-For", address)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().endsWith("/") ? base + path : base + "/" + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static org.awaitility.core.ConditionFactory eventually() {
        return await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1));
    }

    private Api manager(UUID tenant, String name) {
        String email = name + "." + suffix + "@empresa.com.br";
        tenants.user(tenant, email, "manager");
        var login =
                api.post("auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        assertThat(login.status()).as("sign-in of " + email).isEqualTo(200);
        return api.as(login.json().getString("access_token"));
    }

    private static void activate(Api manager, String agent, String body) {
        var activated = manager.post("api/agents/" + agent + "/activate", body);
        assertThat(activated.status()).as(agent + ": " + activated.body()).isEqualTo(200);
    }
}
