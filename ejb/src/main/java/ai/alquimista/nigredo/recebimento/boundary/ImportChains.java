package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.recebimento.control.ImportProcessing;
import ai.alquimista.nigredo.recebimento.control.StalledImportsQuery;
import ai.alquimista.nigredo.recebimento.control.StalledImportsQuery.Claimed;
import ai.alquimista.nigredo.recebimento.events.LeadsImportados;
import ai.alquimista.nigredo.recebimento.events.RecebimentoConcluido;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Resumes an import's chain of messages when it stopped: the next chunk ({@code LeadsImportados}) for an import with
 * rows still waiting, the hand-off to Estratégia ({@code RecebimentoConcluido}) for a finished import Estratégia never
 * planned. Each claim and its re-published event commit together, through the outbox. Re-publishing is safe when the
 * original message was only slow: chunks claim rows with {@code DELETE … FOR UPDATE SKIP LOCKED} and only the chunk
 * that finishes the import tells Estratégia, and planning an import twice changes nothing.
 */
@Stateless
public class ImportChains {

    private static final Logger LOG = Logger.getLogger(ImportChains.class.getName());

    /** At most this many imports per chain and tick, so one transaction stays short. */
    public static final int BATCH = 50;

    public static final String RECEIVING = "import";
    public static final String PLANNING = "planning";

    @Inject
    StalledImportsQuery stalled;

    @Inject
    ImportProcessing imports;

    @Inject
    EventIntake events;

    /** Imports with rows waiting and no chunk received since {@code cutoff}: their next chunk is asked for again. */
    public int resumeReceiving(Instant cutoff, Instant now, int maxResumptions) {
        List<Claimed> claimed = stalled.claimReceiving(cutoff, now, maxResumptions, BATCH);
        for (Claimed chain : claimed) {
            LOG.warning(() -> "import " + chain.importId() + " made no progress since " + cutoff
                    + ": asking for its next chunk again (resumption " + chain.resumptions() + " of "
                    + maxResumptions + ")");
            events.publish(new LeadsImportados(chain.importId()), chain.tenantId());
        }
        return claimed.size();
    }

    /** Finished imports Estratégia has not planned since {@code cutoff}: Estratégia is told again. */
    public int resumePlanning(Instant cutoff, Instant now, int maxResumptions) {
        List<Claimed> claimed = stalled.claimPlanning(cutoff, now, maxResumptions, BATCH);
        for (Claimed chain : claimed) {
            LOG.warning(() -> "import " + chain.importId() + " was received but never planned: telling Estratégia"
                    + " again (resumption " + chain.resumptions() + " of " + maxResumptions + ")");
            events.publish(
                    new RecebimentoConcluido(chain.importId(), imports.summary(chain.importId(), chain.tenantId())),
                    chain.tenantId());
        }
        return claimed.size();
    }

    public StalledImports stalled(Instant cutoff, int maxResumptions) {
        StalledImportsQuery.Counts counts = stalled.count(cutoff, maxResumptions);
        return new StalledImports(counts.receiving(), counts.planning(), counts.givenUp());
    }
}
