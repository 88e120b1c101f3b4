package ai.alquimista.nigredo.canais.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Amazon SNS played locally: an HTTPS server on {@code localhost} (its TLS certificate trusted only through
 * {@code sns/sns-truststore.p12}) that serves the signing certificate and answers SubscribeURLs, recording every path
 * asked; and messages signed with the signing key as SNS signs them (see {@code sns/README.md} for the keys).
 */
public final class SnsLocal implements BeforeAllCallback, AfterAllCallback {

    public static final String TOPICO = "arn:aws:sns:us-east-1:123456789012:alquimista-ses";
    public static final String CERTIFICADO = "/SimpleNotificationService-local.pem";
    private static final char[] SENHA = "changeit".toCharArray();

    private final List<String> pedidos = new CopyOnWriteArrayList<>();
    private HttpsServer server;
    private PrivateKey assinante;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        KeyStore chaves = carregar("sns/sns-test.p12");
        assinante = (PrivateKey) chaves.getKey("assinante", SENHA);
        KeyStore tls = KeyStore.getInstance("PKCS12");
        tls.load(null, null);
        tls.setKeyEntry("tls", chaves.getKey("tls", SENHA), SENHA, chaves.getCertificateChain("tls"));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(tls, SENHA);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keys.getKeyManagers(), null, null);
        byte[] pem;
        try (InputStream in = recurso("sns/assinante.pem")) {
            pem = in.readAllBytes();
        }
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server.createContext("/", exchange -> responder(exchange, pem));
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }

    private void responder(HttpExchange exchange, byte[] pem) throws IOException {
        pedidos.add(exchange.getRequestURI().toString());
        byte[] body = exchange.getRequestURI().getPath().equals(CERTIFICADO)
                ? pem
                : "<ConfirmSubscriptionResponse/>".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The base URL, {@code https://localhost:<port>}. */
    public String url() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    public List<String> pedidos() {
        return List.copyOf(pedidos);
    }

    /** Trusts only the local server's TLS certificate. */
    public static SSLContext confianca() {
        return VerificadorSns.tls(Optional.of(arquivo("sns/sns-truststore.p12")), Optional.of(new String(SENHA)));
    }

    public static String arquivo(String recurso) {
        try {
            return java.nio.file.Path.of(
                            SnsLocal.class.getClassLoader().getResource(recurso).toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Notification of {@code message} on the topic, signed with the given version (1 or 2). */
    public String notificacao(String message, String versao) {
        return mensagem(
                campos("Notification", message).add("Subject", "Amazon SES Email Receipt Notification"),
                versao,
                url() + CERTIFICADO);
    }

    public String confirmacaoDeInscricao(String token) {
        return mensagem(
                campos("SubscriptionConfirmation", "You have chosen to subscribe to the topic " + TOPICO)
                        .add("Token", token)
                        .add(
                                "SubscribeURL",
                                url() + "/?Action=ConfirmSubscription&TopicArn=" + TOPICO + "&Token=" + token),
                "1",
                url() + CERTIFICADO);
    }

    /** A message signed as SNS signs it, with these fields and the certificate at {@code certUrl}. */
    public String mensagem(JsonObjectBuilder campos, String versao, String certUrl) {
        String semAssinatura = campos.add("SignatureVersion", versao)
                .add("SigningCertURL", certUrl)
                .build()
                .toString();
        MensagemSns mensagem = MensagemSns.ler(semAssinatura);
        String assinatura = assinar(mensagem.textoCanonico(), versao, assinante);
        return Json.createObjectBuilder(Json.createReader(new java.io.StringReader(semAssinatura))
                        .readObject())
                .add("Signature", assinatura)
                .build()
                .toString();
    }

    public static JsonObjectBuilder campos(String tipo, String message) {
        return Json.createObjectBuilder()
                .add("Type", tipo)
                .add("MessageId", UUID.randomUUID().toString())
                .add("TopicArn", TOPICO)
                .add("Message", message)
                .add("Timestamp", "2026-11-30T12:00:00.123Z");
    }

    static String assinar(String texto, String versao, PrivateKey chave) {
        try {
            Signature signature = Signature.getInstance("1".equals(versao) ? "SHA1withRSA" : "SHA256withRSA");
            signature.initSign(chave);
            signature.update(texto.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore carregar(String recurso) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = recurso(recurso)) {
            store.load(in, SENHA);
        }
        return store;
    }

    private static InputStream recurso(String nome) {
        return SnsLocal.class.getClassLoader().getResourceAsStream(nome);
    }
}
