package ai.alquimista.nigredo.titulares;

import ai.alquimista.nigredo.recebimento.Email;
import ai.alquimista.nigredo.recebimento.Telefone;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash that is all the platform keeps of an erased person: HMAC-SHA256 of {@code tenant|kind|value} (the
 * normalised phone in E.164, the lower-case e-mail) as hex. Keyed, so a list of every phone number cannot reverse
 * it without the key; with the tenant inside, the same person has unrelated hashes at two tenants.
 */
public final class Pseudonimos {

    private static final String HMAC = "HmacSHA256";
    /** 256 bits, the size of the hash. */
    public static final int MINIMUM_KEY_BYTES = 32;

    private final SecretKeySpec key;

    private Pseudonimos(byte[] key) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "the LGPD key needs at least " + MINIMUM_KEY_BYTES + " bytes, it has " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    public static Pseudonimos comChave(byte[] key) {
        return new Pseudonimos(Objects.requireNonNull(key, "key"));
    }

    /** A configured key ({@code alquimista.lgpd.chave}): its UTF-8 bytes, at least 32 of them. */
    public static Pseudonimos comChave(String configured) {
        return new Pseudonimos(configured.strip().getBytes(StandardCharsets.UTF_8));
    }

    public String telefone(UUID tenantId, Telefone telefone) {
        return hash(tenantId, "telefone", telefone.e164());
    }

    public String email(UUID tenantId, Email email) {
        return hash(tenantId, "email", email.value());
    }

    private String hash(UUID tenantId, String tipo, String valor) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal((tenantId + "|" + tipo + "|" + valor).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + HMAC, e);
        }
    }
}
