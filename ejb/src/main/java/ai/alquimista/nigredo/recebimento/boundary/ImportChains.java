package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.recebimento.control.ImportProcessing;
import ai.alquimista.nigredo.recebimento.control.StalledImportsQuery;
import ai.alquimista.nigredo.recebimento.control.StalledImportsQuery.Chain;
import ai.alquimista.nigredo.recebimento.control.StalledImportsQuery.Claimed;
import ai.alquimista.nigredo.recebimento.control.StalledImportsQuery.ClaimedChain;
import ai.alquimista.nigredo.recebimento.events.LeadsImportados;
import ai.alquimista.nigredo.recebimento.events.RecebimentoConcluido;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.shared.errors.Conflict;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    public static final String RECEIVING = Chain.RECEIVING.label();
    public static final String PLANNING = Chain.PLANNING.label();
    public static final String RESUME = "operator.chain.resume";

    @Inject
    StalledImportsQuery stalled;

    @Inject
    ImportProcessing imports;

    @Inject
    EventIntake events;

    @Inject
    AuditTrail audit;

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

    /** Every stalled import, longest stalled first (at most {@code limit}), for an operator to resume. */
    public List<StalledImport> list(Instant cutoff, int maxResumptions, int limit) {
        return stalled.list(cutoff, limit).stream()
                .map(row -> StalledImport.of(row, maxResumptions))
                .toList();
    }

    /**
     * An operator resumes one stalled import now, given up on or not, in whichever chain it stalled: as the watchdog
     * would, and written to the tenant's audit log ({@code operator.chain.resume}).
     *
     * @return the chain it was resumed in, {@code import} or {@code planning}
     * @throws Conflict when it is not stalled (anymore)
     */
    public String resumeForOperator(UUID importId, Instant cutoff, Instant now, OperatorCaller operator) {
        ClaimedChain resumed = stalled.claimForOperator(importId, cutoff, now)
                .orElseThrow(
                        () -> new Conflict("import " + importId + " is not stalled: it is progressing, finished and"
                                + " planned, being received right now, or its tenant or agent is not active"));
        UUID tenant = resumed.claimed().tenantId();
        audit.recordOperatorAct(operator, tenant, RESUME, "import", importId.toString());
        LOG.warning(() -> "operator " + operator.operatorId() + " resumed the "
                + resumed.chain().label()
                + " chain of import "
                + importId);
        if (resumed.chain() == Chain.RECEIVING) {
            events.publish(new LeadsImportados(importId), tenant);
        } else {
            events.publish(new RecebimentoConcluido(importId, imports.summary(importId, tenant)), tenant);
        }
        return resumed.chain().label();
    }

    public StalledImports stalled(Instant cutoff, int maxResumptions) {
        StalledImportsQuery.Counts counts = stalled.count(cutoff, maxResumptions);
        return new StalledImports(counts.receiving(), counts.planning(), counts.givenUp());
    }
}
