package ai.alquimista.sqs.adapter;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import javax.management.MBeanServer;

/**
 * What every consumer of the adapter shares: the infrastructure gate, the visibility keeper, one
 * scheduler (probes, visibility extensions, session restarts), the clock and the MBean server.
 *
 * @param maxInfrastructureReturns how often one message may be handed back because the database was
 *     unreachable before its failures count like any other (a message that always breaks the
 *     connection must still reach its dead-letter queue)
 */
record AdapterServices(
        InfrastructureGate gate,
        VisibilityKeeper keeper,
        ScheduledExecutorService scheduler,
        Clock clock,
        MBeanServer mbeans,
        int maxInfrastructureReturns) {}
