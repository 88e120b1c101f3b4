package ai.alquimista.nigredo.titulares;

import ai.alquimista.platform.auth.LocalSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The LGPD hash key of an embedded install, when {@code alquimista.lgpd.chave} is not set: 32 random bytes generated
 * at first start and kept beside the token-signing key ({@code $ALQUIMISTA_HOME/keys/lgpd-hmac.key}, or
 * {@code alquimista.auth.key-directory}), so the suppression list keeps matching across restarts. Losing the file
 * makes every suppression unmatchable: it is backed up with the keys.
 */
public final class ChaveLocal {

    static final String FILE = "lgpd-hmac.key";

    private ChaveLocal() {}

    public static Path defaultDirectory() {
        String explicit = LocalSettings.setting("alquimista.auth.key-directory");
        return explicit != null ? Path.of(explicit) : LocalSettings.home().resolve("keys");
    }

    public static synchronized byte[] loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(directory, file);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the LGPD key in " + directory, e);
        }
    }

    /** Written to a temporary file and moved, so a concurrent reader never sees half a key; a key made first wins. */
    private static void create(Path directory, Path file) throws IOException {
        Files.createDirectories(directory);
        byte[] key = new byte[Pseudonimos.MINIMUM_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(directory, FILE, ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // permissions stay as the platform sets them
        }
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
        try {
            // a hard link is made atomically and never replaces: of two instances starting at once, the first key wins
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            // its key is the one everybody reads
        } catch (UnsupportedOperationException noLinks) {
            Files.move(temporary, file);
            return;
        }
        Files.delete(temporary);
    }
}
