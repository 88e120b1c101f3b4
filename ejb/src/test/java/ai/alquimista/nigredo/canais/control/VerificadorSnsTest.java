package ai.alquimista.nigredo.canais.control;

import static ai.alquimista.nigredo.canais.control.SnsLocal.TOPICO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.canais.boundary.MensagemSnsRecusada;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Only a message SNS signed, for a configured topic, with a certificate fetched over trusted TLS from an SNS host, is
 * taken: both signature versions verify, anything altered, unsigned, foreign or expired is refused before it is used.
 */
class VerificadorSnsTest {

    @RegisterExtension
    static final SnsLocal sns = new SnsLocal();

    private static final Clock AGORA = Clock.fixed(Instant.parse("2026-11-30T12:00:05Z"), ZoneOffset.UTC);

    private final VerificadorSns verificador = verificador(OrigensSns.de("localhost", TOPICO), AGORA);

    private static VerificadorSns verificador(OrigensSns origens, Clock clock) {
        return new VerificadorSns(origens, SnsLocal.confianca(), clock);
    }

    @Test
    void theCanonicalTextOfANotificationFollowsSnsOrderWithTheSubjectOnlyWhenPresent() {
        String comAssunto = Json.createObjectBuilder()
                .add("Type", "Notification")
                .add("MessageId", "m-1")
                .add("TopicArn", TOPICO)
                .add("Subject", "Oi")
                .add("Message", "{\"a\":1}")
                .add("Timestamp", "2026-11-30T12:00:00.123Z")
                .add("UnsubscribeURL", "https://localhost/unsub")
                .build()
                .toString();

        assertThat(MensagemSns.ler(comAssunto).textoCanonico())
                .isEqualTo("Message\n{\"a\":1}\nMessageId\nm-1\nSubject\nOi\nTimestamp\n2026-11-30T12:00:00.123Z\n"
                        + "TopicArn\n" + TOPICO + "\nType\nNotification\n");
        assertThat(MensagemSns.ler(comAssunto.replace("\"Subject\":\"Oi\",", ""))
                        .textoCanonico())
                .isEqualTo("Message\n{\"a\":1}\nMessageId\nm-1\nTimestamp\n2026-11-30T12:00:00.123Z\n" + "TopicArn\n"
                        + TOPICO + "\nType\nNotification\n");
    }

    @Test
    void theCanonicalTextOfASubscriptionConfirmationSignsTheSubscribeUrlAndToken() {
        String corpo = Json.createObjectBuilder()
                .add("Type", "SubscriptionConfirmation")
                .add("MessageId", "m-2")
                .add("Token", "tok")
                .add("TopicArn", TOPICO)
                .add("Message", "confirme")
                .add("SubscribeURL", "https://localhost/sub")
                .add("Timestamp", "2026-11-30T12:00:00.123Z")
                .build()
                .toString();

        assertThat(MensagemSns.ler(corpo).textoCanonico())
                .isEqualTo("Message\nconfirme\nMessageId\nm-2\nSubscribeURL\nhttps://localhost/sub\n"
                        + "Timestamp\n2026-11-30T12:00:00.123Z\nToken\ntok\nTopicArn\n" + TOPICO
                        + "\nType\nSubscriptionConfirmation\n");
    }

    @Test
    void aNotificationSignedWithVersionOneOrTwoIsTaken() {
        MensagemSns v1 =
                verificador.verificar(MensagemSns.ler(sns.notificacao("{\"notificationType\":\"Received\"}", "1")));
        MensagemSns v2 =
                verificador.verificar(MensagemSns.ler(sns.notificacao("{\"notificationType\":\"Bounce\"}", "2")));

        assertThat(v1.message()).contains("Received");
        assertThat(v2.message()).contains("Bounce");
    }

    @Test
    void theCertificateIsFetchedOnceForManyMessages() {
        int antes = (int) sns.pedidos().stream()
                .filter(p -> p.equals(SnsLocal.CERTIFICADO))
                .count();
        VerificadorSns novo = verificador(OrigensSns.de("localhost", TOPICO), AGORA);

        novo.verificar(MensagemSns.ler(sns.notificacao("um", "2")));
        novo.verificar(MensagemSns.ler(sns.notificacao("dois", "2")));
        novo.verificar(MensagemSns.ler(sns.notificacao("três", "1")));

        assertThat(sns.pedidos().stream().filter(p -> p.equals(SnsLocal.CERTIFICADO)))
                .hasSize(antes + 1);
    }

    @Test
    void aTamperedMessageIsRefused() {
        String assinada = sns.notificacao("{\"notificationType\":\"Received\",\"texto\":\"oi\"}", "2");
        // the message's own escaped text only: a bare "oi" also turns up inside the base64 signature now and then
        String adulterada = assinada.replace("\\\"oi\\\"", "\\\"PARE\\\"");
        assertThat(adulterada).isNotEqualTo(assinada);

        assertThatThrownBy(() -> verificador.verificar(MensagemSns.ler(adulterada)))
                .isInstanceOf(MensagemSnsRecusada.class)
                .hasMessageContaining("signature does not match");
    }

    @Test
    void aSignatureFromAnotherKeyIsRefused() throws Exception {
        java.security.KeyPairGenerator gerador = java.security.KeyPairGenerator.getInstance("RSA");
        gerador.initialize(2048);
        String semAssinatura = SnsLocal.campos("Notification", "oi")
                .add("SignatureVersion", "2")
                .add("SigningCertURL", sns.url() + SnsLocal.CERTIFICADO)
                .build()
                .toString();
        String forjada = comAssinatura(
                semAssinatura,
                SnsLocal.assinar(
                        MensagemSns.ler(semAssinatura).textoCanonico(),
                        "2",
                        gerador.generateKeyPair().getPrivate()));

        assertThatThrownBy(() -> verificador.verificar(MensagemSns.ler(forjada)))
                .isInstanceOf(MensagemSnsRecusada.class);
    }

    @Test
    void anUnsignedMessageIsRefusedAndAMalformedOneIsInvalid() {
        String semAssinatura = SnsLocal.campos("Notification", "oi").build().toString();

        assertThatThrownBy(() -> verificador.verificar(MensagemSns.ler(semAssinatura)))
                .isInstanceOf(MensagemSnsRecusada.class)
                .hasMessageContaining("not signed");
        assertThatThrownBy(() -> MensagemSns.ler("{\"Type\":\"Notification\"}"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("MessageId")
                .hasMessageContaining("TopicArn");
        assertThatThrownBy(() -> MensagemSns.ler("não é json")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MensagemSns.ler("[".repeat(5000))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MensagemSns.ler("[1]")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aCertificateOnAHostThatIsNotSnsIsNeverFetched() {
        int antes = sns.pedidos().size();
        String estrangeiro =
                sns.mensagem(SnsLocal.campos("Notification", "oi"), "2", "https://sns.attacker.example/cert.pem");
        String semTls = sns.mensagem(
                SnsLocal.campos("Notification", "oi"), "2", sns.url().replace("https", "http") + SnsLocal.CERTIFICADO);
        String comUsuario = sns.mensagem(
                SnsLocal.campos("Notification", "oi"),
                "2",
                sns.url().replace("https://", "https://localhost@") + SnsLocal.CERTIFICADO);

        for (String mensagem : new String[] {estrangeiro, semTls, comUsuario}) {
            assertThatThrownBy(() -> verificador.verificar(MensagemSns.ler(mensagem)))
                    .isInstanceOf(MensagemSnsRecusada.class)
                    .hasMessageContaining("allowed SNS host");
        }
        assertThat(sns.pedidos()).hasSize(antes);
    }

    @Test
    void theRealSnsHostsAreAllowedByDefaultAndLookalikesAreNot() {
        OrigensSns aws = OrigensSns.de(OrigensSns.HOSTS_DA_AWS, TOPICO);

        assertThat(aws.urlPermitida(
                        java.net.URI.create("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem")))
                .isTrue();
        assertThat(aws.urlPermitida(java.net.URI.create("https://sns.sa-east-1.amazonaws.com/x.pem")))
                .isTrue();
        assertThat(aws.urlPermitida(java.net.URI.create("https://sns.us-east-1.amazonaws.com.evil.example/x.pem")))
                .isFalse();
        assertThat(aws.urlPermitida(java.net.URI.create("https://evilsns.us-east-1.amazonaws.com/x.pem")))
                .isFalse();
        assertThat(aws.urlPermitida(java.net.URI.create("http://sns.us-east-1.amazonaws.com/x.pem")))
                .isFalse();
    }

    @Test
    void aTopicThatIsNotConfiguredIsRefused() {
        VerificadorSns outroTopico = verificador(OrigensSns.de("localhost", TOPICO + "-outro"), AGORA);

        assertThatThrownBy(() -> outroTopico.verificar(MensagemSns.ler(sns.notificacao("oi", "2"))))
                .isInstanceOf(MensagemSnsRecusada.class)
                .hasMessageContaining("topic");
    }

    @Test
    void aServerTheTrustStoreDoesNotTrustIsNotBelieved() {
        VerificadorSns confiaSoNaJvm = new VerificadorSns(
                OrigensSns.de("localhost", TOPICO), VerificadorSns.tls(Optional.empty(), Optional.empty()), AGORA);

        assertThatThrownBy(() -> confiaSoNaJvm.verificar(MensagemSns.ler(sns.notificacao("oi", "2"))))
                .isInstanceOf(MensagemSnsRecusada.class)
                .hasMessageContaining("trusted TLS");
    }

    @Test
    void anExpiredSigningCertificateIsRefused() {
        VerificadorSns daquiACemAnos = verificador(
                OrigensSns.de("localhost", TOPICO), Clock.fixed(Instant.parse("2130-01-01T00:00:00Z"), ZoneOffset.UTC));

        assertThatThrownBy(() -> daquiACemAnos.verificar(MensagemSns.ler(sns.notificacao("oi", "2"))))
                .isInstanceOf(MensagemSnsRecusada.class)
                .hasMessageContaining("not valid now");
    }

    @Test
    void anUnknownSignatureVersionIsRefused() {
        assertThatThrownBy(() -> verificador.verificar(MensagemSns.ler(sns.notificacao("oi", "2")
                        .replace("\"SignatureVersion\":\"2\"", "\"SignatureVersion\":\"3\""))))
                .isInstanceOf(MensagemSnsRecusada.class)
                .hasMessageContaining("SignatureVersion 3");
    }

    @Test
    void aSubscriptionIsConfirmedByFetchingItsSubscribeUrl() {
        MensagemSns confirmacao = verificador.verificar(MensagemSns.ler(sns.confirmacaoDeInscricao("token-123")));

        verificador.confirmarInscricao(confirmacao);

        assertThat(sns.pedidos()).anyMatch(p -> p.contains("Action=ConfirmSubscription") && p.contains("token-123"));
    }

    private static String comAssinatura(String json, String assinatura) {
        JsonObject objeto = Json.createReader(new StringReader(json)).readObject();
        return Json.createObjectBuilder(objeto)
                .add("Signature", assinatura)
                .build()
                .toString();
    }
}
