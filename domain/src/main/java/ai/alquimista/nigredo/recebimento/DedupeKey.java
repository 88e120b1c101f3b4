package ai.alquimista.nigredo.recebimento;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What tells two leads apart: SHA-256 (hex) of the normalised e-mail, "|", and the E.164 phone, either side
 * empty when absent. Built from normalised values, so case, masks and the missing ninth digit do not matter.
 */
public record DedupeKey(String hex) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public DedupeKey {
        Objects.requireNonNull(hex, "hex");
        if (!SHA_256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + hex);
        }
    }

    /** Either may be null, not both. */
    public static DedupeKey of(Email email, Telefone telefone) {
        if (email == null && telefone == null) {
            throw new IllegalArgumentException("a dedupe key needs an e-mail or a phone");
        }
        String identity = (email == null ? "" : email.value()) + "|" + (telefone == null ? "" : telefone.e164());
        return new DedupeKey(HexFormat.of().formatHex(sha256(identity)));
    }

    @Override
    public String toString() {
        return hex;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
