package ai.alquimista.nigredo.canais.control;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The Reply-To of an e-mail we send, {@code respostas+<envio id>@<alquimista.email.reply-domain>}: the send's id is
 * an unguessable UUID, so a reply that reaches SES names the tenant and the send it answers.
 */
public record EnderecoDeResposta(String dominio) {

    private static final String PREFIXO = "respostas+";

    public EnderecoDeResposta {
        dominio = dominio.strip().toLowerCase(Locale.ROOT);
    }

    /** Empty when no reply domain is configured: then e-mails carry no Reply-To, as before. */
    public static Optional<EnderecoDeResposta> de(Optional<String> dominio) {
        return dominio.map(String::strip).filter(d -> !d.isEmpty()).map(EnderecoDeResposta::new);
    }

    public String para(UUID envioId) {
        return PREFIXO + envioId + "@" + dominio;
    }

    /** The send an address of ours names; empty for any other address. */
    public Optional<UUID> envio(String endereco) {
        String normalizado = endereco.strip().toLowerCase(Locale.ROOT);
        int arroba = normalizado.lastIndexOf('@');
        if (arroba < 0 || !normalizado.substring(arroba + 1).equals(dominio) || !normalizado.startsWith(PREFIXO)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(normalizado.substring(PREFIXO.length(), arroba)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
