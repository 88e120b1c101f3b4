package ai.alquimista.nigredo.estrategia;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** The A/B variant of a campaign's messages a lead receives: the same for a lead in every stage and every run. */
public enum Variante {
    A,
    B;

    /** From a hash of the lead's id, so the split is even and never changes for a lead. */
    public static Variante de(UUID leadId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(leadId.toString().getBytes(StandardCharsets.US_ASCII));
            return (hash[0] & 1) == 0 ? A : B;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
