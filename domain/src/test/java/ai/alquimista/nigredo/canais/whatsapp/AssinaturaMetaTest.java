package ai.alquimista.nigredo.canais.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssinaturaMetaTest {

    /** RFC 4231, test case 2: HMAC-SHA256 with key "Jefe". */
    private static final String RFC_4231_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    private static final byte[] CORPO = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

    private final AssinaturaMeta assinatura = new AssinaturaMeta("Jefe");

    @Test
    void theKnownVectorSignsTheBodyAsMetaWould() {
        assertThat(assinatura.assinar(CORPO)).isEqualTo("sha256=" + RFC_4231_2);
        assertThat(assinatura.confere(CORPO, "sha256=" + RFC_4231_2)).isTrue();
        assertThat(assinatura.confere(CORPO, "sha256=" + RFC_4231_2.toUpperCase()))
                .isTrue();
    }

    @Test
    void aChangedByteAnotherSecretOrAMalformedHeaderNeverMatch() {
        byte[] alterado = "what do ya want for nothing!".getBytes(StandardCharsets.UTF_8);

        assertThat(assinatura.confere(alterado, "sha256=" + RFC_4231_2)).isFalse();
        assertThat(new AssinaturaMeta("outro-segredo").confere(CORPO, "sha256=" + RFC_4231_2))
                .isFalse();
        assertThat(assinatura.confere(CORPO, null)).isFalse();
        assertThat(assinatura.confere(CORPO, "")).isFalse();
        assertThat(assinatura.confere(CORPO, RFC_4231_2)).isFalse();
        assertThat(assinatura.confere(CORPO, "sha1=" + RFC_4231_2)).isFalse();
        assertThat(assinatura.confere(CORPO, "sha256=" + RFC_4231_2.substring(2)))
                .isFalse();
        assertThat(assinatura.confere(CORPO, "sha256=" + RFC_4231_2 + "00")).isFalse();
        assertThat(assinatura.confere(CORPO, "sha256=zz" + RFC_4231_2.substring(2)))
                .isFalse();
    }

    @Test
    void withoutAnAppSecretNothingCanBeVerified() {
        assertThatThrownBy(() -> new AssinaturaMeta(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssinaturaMeta(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVerificationEchoesAPlainChallengeOnlyForOurTokenAndSubscribe() {
        Optional<String> token = Optional.of("meu-token");

        assertThat(VerificacaoMeta.desafio(token, "subscribe", "meu-token", "1158201444"))
                .contains("1158201444");
        assertThat(VerificacaoMeta.desafio(token, "subscribe", "outro", "1158201444"))
                .isEmpty();
        assertThat(VerificacaoMeta.desafio(token, "unsubscribe", "meu-token", "1158201444"))
                .isEmpty();
        assertThat(VerificacaoMeta.desafio(token, "subscribe", null, "1158201444"))
                .isEmpty();
        assertThat(VerificacaoMeta.desafio(Optional.empty(), "subscribe", "meu-token", "1158201444"))
                .isEmpty();
        assertThat(VerificacaoMeta.desafio(token, "subscribe", "meu-token", "<script>alert(1)</script>"))
                .isEmpty();
        assertThat(VerificacaoMeta.desafio(token, "subscribe", "meu-token", "9".repeat(129)))
                .isEmpty();
        assertThat(VerificacaoMeta.desafio(token, "subscribe", "meu-token", null))
                .isEmpty();
    }
}
