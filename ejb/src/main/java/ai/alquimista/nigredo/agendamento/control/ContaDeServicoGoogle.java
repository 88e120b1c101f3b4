package ai.alquimista.nigredo.agendamento.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's Google service account, read from the JSON key Google Cloud hands out ({@code client_email},
 * {@code private_key} as a PKCS#8 PEM, {@code private_key_id}, {@code token_uri}). Tenants share their calendar with
 * {@link #clientEmail()}. The key never leaves this object: not in messages, not in logs.
 */
public record ContaDeServicoGoogle(
        String clientEmail, Optional<String> privateKeyId, PrivateKey privateKey, URI tokenUri) {

    public static final URI TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");

    private static final String INICIO = "-----BEGIN PRIVATE KEY-----";
    private static final String FIM = "-----END PRIVATE KEY-----";

    public ContaDeServicoGoogle {
        Objects.requireNonNull(clientEmail, "clientEmail");
        Objects.requireNonNull(privateKeyId, "privateKeyId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(tokenUri, "tokenUri");
    }

    /** @throws IllegalArgumentException naming what is missing or unreadable (never the key itself) */
    public static ContaDeServicoGoogle ler(Path arquivo) {
        String texto;
        try {
            texto = Files.readString(arquivo);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the service account key " + arquivo + ": " + e, e);
        }
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(texto))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("the service account key " + arquivo + " is not a JSON object", e);
        }
        Optional<String> tipo = texto(json, "type");
        if (tipo.isPresent() && !tipo.get().equals("service_account")) {
            throw new IllegalArgumentException(
                    "the key " + arquivo + " is of type " + tipo.get() + ", not a service account's");
        }
        String email = texto(json, "client_email")
                .orElseThrow(() -> new IllegalArgumentException("the key " + arquivo + " has no client_email"));
        String pem = texto(json, "private_key")
                .orElseThrow(() -> new IllegalArgumentException("the key " + arquivo + " has no private_key"));
        URI tokenUri = texto(json, "token_uri").map(URI::create).orElse(TOKEN_URI);
        return new ContaDeServicoGoogle(email, texto(json, "private_key_id"), chavePrivada(pem, arquivo), tokenUri);
    }

    private static PrivateKey chavePrivada(String pem, Path arquivo) {
        int inicio = pem.indexOf(INICIO);
        int fim = pem.indexOf(FIM);
        if (inicio < 0 || fim < inicio) {
            throw new IllegalArgumentException("the private_key of " + arquivo + " is not a PKCS#8 PEM (" + INICIO
                    + "); convert it with: openssl pkcs8 -topk8 -nocrypt");
        }
        String base64 = pem.substring(inicio + INICIO.length(), fim).replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // the cause's message may quote key material: keep only its type
            throw new IllegalArgumentException("the private_key of " + arquivo + " is not an RSA key ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static Optional<String> texto(JsonObject json, String campo) {
        JsonValue value = json.get(campo);
        return value instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString())
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "ContaDeServicoGoogle[" + clientEmail + "]";
    }
}
