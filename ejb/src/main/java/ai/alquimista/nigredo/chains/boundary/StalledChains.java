package ai.alquimista.nigredo.chains.boundary;

import ai.alquimista.nigredo.recebimento.boundary.ImportChains;
import ai.alquimista.nigredo.recebimento.boundary.StalledImport;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The chains an operator can see stalled and resume by hand ({@code /admin/chains}): by the same stall window and
 * resumption budget as the watchdog ({@link WatchdogSettings}).
 */
@Stateless
public class StalledChains {

    @Inject
    ImportChains imports;

    @Inject
    Clock clock;

    @Inject
    WatchdogSettings settings;

    public List<StalledImport> list(int limit) {
        return imports.list(settings.cutoff(clock.instant()), settings.maxResumptions(), limit);
    }

    public ResumedImport resumeForOperator(UUID importId, OperatorCaller operator) {
        return new ResumedImport(
                importId,
                imports.resumeForOperator(importId, settings.cutoff(clock.instant()), clock.instant(), operator));
    }
}
