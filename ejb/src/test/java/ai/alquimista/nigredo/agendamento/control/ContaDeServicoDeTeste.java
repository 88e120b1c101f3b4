package ai.alquimista.nigredo.agendamento.control;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/** A Google service account made for a test: its RSA key, its JSON key file, and the API configured with it. */
public final class ContaDeServicoDeTeste {

    public static final String EMAIL = "agendamento@alquimista-prod.iam.gserviceaccount.com";
    public static final String KEY_ID = "chave-1";

    private ContaDeServicoDeTeste() {}

    public static KeyPair chaves() {
        try {
            KeyPairGenerator gerador = KeyPairGenerator.getInstance("RSA");
            gerador.initialize(2048);
            return gerador.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account's JSON key as Google Cloud hands it out, its token endpoint at {@code tokenUri}. */
    public static Path chave(Path pasta, KeyPair chaves, String tokenUri) throws IOException {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(chaves.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        String chave = Json.createObjectBuilder()
                .add("type", "service_account")
                .add("project_id", "alquimista-prod")
                .add("private_key_id", KEY_ID)
                .add("private_key", pem)
                .add("client_email", EMAIL)
                .add("client_id", "104729384756102938475")
                .add("auth_uri", "https://accounts.google.com/o/oauth2/auth")
                .add("token_uri", tokenUri)
                .build()
                .toString();
        return Files.writeString(pasta.resolve("service-account.json"), chave);
    }

    /** The API as the operator configured it: with this key file, or with none. */
    public static GoogleCalendarApi api(Optional<Path> chave) {
        GoogleCalendarApi api = new GoogleCalendarApi();
        api.arquivoDaConta = chave.map(Path::toString);
        return api;
    }
}
