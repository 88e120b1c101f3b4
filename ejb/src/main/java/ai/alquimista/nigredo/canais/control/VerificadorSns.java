package ai.alquimista.nigredo.canais.control;

import ai.alquimista.nigredo.canais.boundary.MensagemSnsRecusada;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Proves an SNS message came from Amazon SNS before anything else is done with it: the topic must be one of
 * {@code alquimista.ses.topic-arns}; the signing certificate is fetched only from an https URL on an allowed SNS host
 * ({@code alquimista.ses.sns-cert-hosts}), over TLS whose server chain the JVM trust store (or
 * {@code alquimista.ses.trust-store}) validates, without redirects, within a timeout and a size bound; the
 * certificate must be in its validity period; and the signature (version 1 SHA1withRSA, version 2 SHA256withRSA)
 * must verify over SNS's canonical text. Certificates are cached per URL (at most {@link #CERTIFICADOS_EM_CACHE}).
 * It also confirms a subscription by fetching its SubscribeURL under the same host rule.
 */
@ApplicationScoped
public class VerificadorSns {

    static final int CERTIFICADOS_EM_CACHE = 32;
    private static final int CERTIFICADO_MAXIMO_BYTES = 16 * 1024;
    private static final int CONFIRMACAO_MAXIMA_BYTES = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "alquimista.ses.sns-cert-hosts", defaultValue = OrigensSns.HOSTS_DA_AWS)
    String hostsPermitidos;

    // Optional rather than defaultValue="": MicroProfile Config treats an empty value as missing.
    @Inject
    @ConfigProperty(name = "alquimista.ses.topic-arns")
    Optional<String> topicos = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.ses.trust-store")
    Optional<String> trustStore = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.ses.trust-store-password")
    Optional<String> trustStorePassword = Optional.empty();

    @Inject
    Clock clock;

    private OrigensSns origens;
    private HttpClient http;
    private final Map<URI, X509Certificate> certificados =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<URI, X509Certificate> eldest) {
                    return size() > CERTIFICADOS_EM_CACHE;
                }
            });

    public VerificadorSns() {}

    /** Outside the container: these origins, TLS trusting {@code tls}, this clock. */
    public VerificadorSns(OrigensSns origens, SSLContext tls, Clock clock) {
        this.origens = origens;
        this.http = cliente(tls);
        this.clock = clock;
    }

    @PostConstruct
    void configurar() {
        origens = OrigensSns.de(hostsPermitidos, topicos.orElse(""));
        http = cliente(tls(trustStore, trustStorePassword));
    }

    /** @return the message, proven to come from an allowed SNS topic; else {@link MensagemSnsRecusada} */
    public MensagemSns verificar(MensagemSns mensagem) {
        if (!origens.topicoPermitido(mensagem.topicArn())) {
            throw new MensagemSnsRecusada("topic " + mensagem.topicArn() + " is not one this endpoint takes");
        }
        if (mensagem.signature().isEmpty()
                || mensagem.signatureVersion().isEmpty()
                || mensagem.signingCertUrl().isEmpty()) {
            throw new MensagemSnsRecusada("the message is not signed (Signature, SignatureVersion, SigningCertURL)");
        }
        Signature verificador = algoritmo(mensagem.signatureVersion().get());
        byte[] assinatura;
        try {
            assinatura = Base64.getDecoder().decode(mensagem.signature().get());
        } catch (IllegalArgumentException e) {
            throw new MensagemSnsRecusada("the Signature is not base64");
        }
        PublicKey chave = certificado(url(mensagem.signingCertUrl().get(), "SigningCertURL"))
                .getPublicKey();
        try {
            verificador.initVerify(chave);
            verificador.update(mensagem.textoCanonico().getBytes(StandardCharsets.UTF_8));
            if (!verificador.verify(assinatura)) {
                throw new MensagemSnsRecusada("the signature does not match the message");
            }
        } catch (InvalidKeyException | SignatureException e) {
            throw new MensagemSnsRecusada("the signature cannot be verified: " + e.getMessage());
        }
        return mensagem;
    }

    /** Confirms a verified subscription by fetching its SubscribeURL (https, an allowed SNS host, a timeout). */
    public void confirmarInscricao(MensagemSns mensagem) {
        URI url = url(mensagem.subscribeUrl().orElseThrow(), "SubscribeURL");
        HttpResponse<InputStream> resposta = get(url);
        try (InputStream corpo = resposta.body()) {
            corpo.readNBytes(CONFIRMACAO_MAXIMA_BYTES);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read SNS's answer to the subscription confirmation", e);
        }
        if (resposta.statusCode() / 100 != 2) {
            throw new IllegalStateException("SNS answered " + resposta.statusCode()
                    + " to the subscription confirmation of " + mensagem.topicArn());
        }
    }

    private URI url(String valor, String campo) {
        URI url;
        try {
            url = new URI(valor);
        } catch (URISyntaxException e) {
            throw new MensagemSnsRecusada(campo + " is not a URL");
        }
        if (!origens.urlPermitida(url)) {
            throw new MensagemSnsRecusada(campo + " is not an https URL on an allowed SNS host: " + url.getHost());
        }
        return url;
    }

    private X509Certificate certificado(URI url) {
        if (!url.getPath().endsWith(".pem")) {
            throw new MensagemSnsRecusada("SigningCertURL does not name a .pem certificate");
        }
        X509Certificate certificado = certificados.get(url);
        if (certificado == null) {
            certificado = baixar(url);
            certificados.put(url, certificado);
        }
        try {
            certificado.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            certificados.remove(url);
            throw new MensagemSnsRecusada("the signing certificate is not valid now: " + e.getMessage());
        }
        return certificado;
    }

    private X509Certificate baixar(URI url) {
        HttpResponse<InputStream> resposta = get(url);
        byte[] pem;
        try (InputStream corpo = resposta.body()) {
            pem = corpo.readNBytes(CERTIFICADO_MAXIMO_BYTES + 1);
        } catch (IOException e) {
            throw new MensagemSnsRecusada("the signing certificate could not be read: " + e.getMessage());
        }
        if (resposta.statusCode() != 200 || pem.length > CERTIFICADO_MAXIMO_BYTES) {
            throw new MensagemSnsRecusada(
                    "the signing certificate could not be fetched (HTTP " + resposta.statusCode() + ")");
        }
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
        } catch (CertificateException | ClassCastException e) {
            throw new MensagemSnsRecusada("SigningCertURL did not serve an X.509 certificate");
        }
    }

    private HttpResponse<InputStream> get(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new MensagemSnsRecusada("cannot reach " + url.getHost() + " over trusted TLS: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted fetching " + url, e);
        }
    }

    private static Signature algoritmo(String versao) {
        try {
            return switch (versao) {
                case "1" -> Signature.getInstance("SHA1withRSA");
                case "2" -> Signature.getInstance("SHA256withRSA");
                default -> throw new MensagemSnsRecusada("SignatureVersion " + versao + " is not 1 or 2");
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA1withRSA and SHA256withRSA", e);
        }
    }

    private static HttpClient cliente(SSLContext tls) {
        return HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The JVM's trust store, or the configured one (a test's local HTTPS server). */
    static SSLContext tls(Optional<String> trustStore, Optional<String> password) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (trustStore.filter(p -> !p.isBlank()).isPresent()) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(Path.of(trustStore.get()))) {
                    store.load(in, password.orElse("").toCharArray());
                }
                trust.init(store);
            } else {
                trust.init((KeyStore) null);
            }
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("alquimista.ses.trust-store cannot be loaded: " + e.getMessage(), e);
        }
    }
}
