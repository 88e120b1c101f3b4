package ai.alquimista.nigredo.titulares.boundary;

import ai.alquimista.nigredo.titulares.ChaveLocal;
import ai.alquimista.nigredo.titulares.Pseudonimos;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the suppression list's hashes: {@code alquimista.lgpd.chave} (at least 32 bytes; every instance of an
 * installation must share it), else, on an embedded install, a key generated once and kept under
 * {@code $ALQUIMISTA_HOME/keys} beside the token-signing key. A configured key that is too short stops the start.
 */
@ApplicationScoped
public class ChaveDosTitulares {

    @Inject
    @ConfigProperty(name = "alquimista.lgpd.chave")
    Optional<String> chave;

    private Pseudonimos pseudonimos;

    @PostConstruct
    void carregar() {
        pseudonimos = chave.filter(c -> !c.isBlank())
                .map(Pseudonimos::comChave)
                .orElseGet(() -> Pseudonimos.comChave(ChaveLocal.loadOrCreate(ChaveLocal.defaultDirectory())));
    }

    public Pseudonimos pseudonimos() {
        return pseudonimos;
    }
}
