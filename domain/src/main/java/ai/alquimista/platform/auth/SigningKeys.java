package ai.alquimista.platform.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair the local token issuer signs with, generated at first start and kept outside the
 * repository: {@code ALQUIMISTA_AUTH_KEY_DIRECTORY}, else {@code $ALQUIMISTA_HOME/keys}, else
 * {@code ~/.alquimista/keys}. In AWS, Cognito issues tokens and this is not used.
 */
public final class SigningKeys {

    private static final String PRIVATE_FILE = "token-signing.key";
    private static final String PUBLIC_FILE = "token-signing.pub";

    private SigningKeys() {}

    public static Path defaultDirectory() {
        String explicit = LocalSettings.setting("alquimista.auth.key-directory");
        return explicit != null ? Path.of(explicit) : LocalSettings.home().resolve("keys");
    }

    public static synchronized KeyPair loadOrCreate(Path directory) {
        try {
            Path privateFile = directory.resolve(PRIVATE_FILE);
            if (!Files.exists(privateFile)) {
                create(directory);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(privateFile)));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(decode(directory.resolve(PUBLIC_FILE))));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create token signing keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("token signing keys in " + directory + " are unreadable", e);
        }
    }

    public static String publicKeyPem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static void create(Path directory) throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        write(directory, PUBLIC_FILE, pair.getPublic().getEncoded());
        write(directory, PRIVATE_FILE, pair.getPrivate().getEncoded());
    }

    /** Written to a temporary file and moved, so a concurrent reader never sees half a key. */
    private static void write(Path directory, String name, byte[] key) throws IOException {
        Path temporary = Files.createTempFile(directory, name, ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // permissions stay as the platform sets them
        }
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
        try {
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file).trim());
    }
}
