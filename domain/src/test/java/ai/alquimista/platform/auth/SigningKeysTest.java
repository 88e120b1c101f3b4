package ai.alquimista.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @Test
    void theFirstStartGeneratesAKeyPairThatLaterStartsReuse(@TempDir Path directory) {
        KeyPair first = SigningKeys.loadOrCreate(directory);
        KeyPair again = SigningKeys.loadOrCreate(directory);

        assertThat(again.getPublic().getEncoded()).isEqualTo(first.getPublic().getEncoded());
        assertThat(again.getPrivate().getEncoded()).isEqualTo(first.getPrivate().getEncoded());
        assertThat(SigningKeys.publicKeyPem(first.getPublic())).startsWith("-----BEGIN PUBLIC KEY-----\n");
    }
}
