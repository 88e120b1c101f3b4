package ai.alquimista.nigredo.canais.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Meta's verification handshake ({@code GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…}): the challenge
 * is echoed only when the mode is subscribe, the token equals ours (constant time) and the challenge is a plain token
 * (letters, digits, {@code -} and {@code _}, at most 128 characters): nothing else is ever reflected.
 */
public final class VerificacaoMeta {

    private static final Pattern DESAFIO = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private VerificacaoMeta() {}

    /** @return the challenge to answer with, or empty when the request must be refused */
    public static Optional<String> desafio(Optional<String> verifyToken, String mode, String token, String challenge) {
        if (verifyToken.isEmpty() || verifyToken.get().isBlank() || !"subscribe".equals(mode) || token == null) {
            return Optional.empty();
        }
        boolean igual = MessageDigest.isEqual(
                verifyToken.get().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        return igual && challenge != null && DESAFIO.matcher(challenge).matches()
                ? Optional.of(challenge)
                : Optional.empty();
    }
}
