package ai.alquimista.nigredo.canais.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<hex>}, the HMAC-SHA256 of the raw body bytes with the
 * app secret. Compared in constant time; a header that is missing or not of that form never matches.
 */
public final class AssinaturaMeta {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final byte[] appSecret;

    /** @param appSecret the Meta app's secret ({@code alquimista.whatsapp.app-secret}); never blank */
    public AssinaturaMeta(String appSecret) {
        if (appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("the app secret is empty");
        }
        this.appSecret = appSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** @param header the request's X-Hub-Signature-256 value, null when absent */
    public boolean confere(byte[] corpo, String header) {
        Optional<byte[]> recebida = hex(header);
        return recebida.isPresent() && MessageDigest.isEqual(hmac(corpo), recebida.get());
    }

    /** The header value Meta would send for this body: {@code sha256=<hex>}. */
    public String assinar(byte[] corpo) {
        return PREFIX + HexFormat.of().formatHex(hmac(corpo));
    }

    private static Optional<byte[]> hex(String header) {
        if (header == null || !header.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hex = header.substring(PREFIX.length());
        return HEX_SHA256.matcher(hex).matches() ? Optional.of(HexFormat.of().parseHex(hex)) : Optional.empty();
    }

    private byte[] hmac(byte[] corpo) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret, "HmacSHA256"));
            return mac.doFinal(corpo);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }
}
