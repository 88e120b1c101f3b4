package ai.alquimista.nigredo.recebimento.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How an import is worked: how many chains of chunk messages work one import side by side
 * ({@code alquimista.recebimento.import-chains}, environment {@code ALQUIMISTA_RECEBIMENTO_IMPORT_CHAINS}). Each chain
 * claims its own rows (see {@link ImportProcessing}), so more chains use more of the agent's sessions at once; one is
 * the sequential path.
 */
@ApplicationScoped
public class ImportSettings {

    @Inject
    @ConfigProperty(name = "alquimista.recebimento.import-chains", defaultValue = "4")
    int importChains = 4;

    /** At least one, whatever is configured. */
    public int importChains() {
        return Math.max(1, importChains);
    }

    /** Settings as configured here (tests, tools). */
    public static ImportSettings withImportChains(int importChains) {
        ImportSettings settings = new ImportSettings();
        settings.importChains = importChains;
        return settings;
    }

    /**
     * One chain per chunk of stored rows, up to {@link #importChains()}; at least one, which also completes an
     * import none of whose rows was stored.
     */
    public int chainsFor(int storedRows) {
        int chunks = (storedRows + ImportProcessing.CHUNK - 1) / ImportProcessing.CHUNK;
        return Math.max(1, Math.min(importChains(), chunks));
    }
}
