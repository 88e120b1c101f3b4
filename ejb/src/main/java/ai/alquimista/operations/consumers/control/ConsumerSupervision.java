package ai.alquimista.operations.consumers.control;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.operations.consumers.boundary.ConsumerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Judges every queue that a message-driven bean consumes (all of {@link Queue}): down when no consumer reports for
 * it, when none of its sessions is alive, or when it has not polled for {@code alquimista.consumers.stale-seconds}
 * while its infrastructure gate is open (a closed gate, PostgreSQL unreachable, stops polling on purpose).
 */
@ApplicationScoped
public class ConsumerSupervision {

    @Inject
    ConsumerMBeans mbeans;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "alquimista.consumers.stale-seconds", defaultValue = "60")
    long staleSeconds;

    public List<ConsumerState> states() {
        Map<String, ConsumerReport> reports = mbeans.byQueue();
        Instant now = clock.instant();
        return Arrays.stream(Queue.values())
                .map(queue -> judge(queue.logicalName(), reports.get(queue.logicalName()), now))
                .toList();
    }

    ConsumerState judge(String queue, ConsumerReport report, Instant now) {
        if (report == null) {
            return new ConsumerState(
                    queue,
                    ConsumerState.DOWN,
                    "no consumer reports for this queue",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        Instant lastPoll = report.lastPollEpochMillis() > 0 ? Instant.ofEpochMilli(report.lastPollEpochMillis()) : null;
        Long sincePoll = lastPoll == null
                ? null
                : Math.max(0, Duration.between(lastPoll, now).toSeconds());
        String problem = problem(report, sincePoll);
        return new ConsumerState(
                queue,
                problem == null ? ConsumerState.UP : ConsumerState.DOWN,
                problem,
                report.sessions(),
                report.liveSessions(),
                lastPoll,
                sincePoll,
                report.restarts(),
                report.gateOpen(),
                report.inFlight(),
                report.deadLettered());
    }

    private String problem(ConsumerReport report, Long sincePoll) {
        if (report.liveSessions() <= 0) {
            return "no live session (of " + report.sessions() + ")";
        }
        if (!report.gateOpen()) {
            return null;
        }
        if (sincePoll == null) {
            return "has never polled";
        }
        if (sincePoll > staleSeconds) {
            return "has not polled for " + sincePoll + " s (more than " + staleSeconds + " s)";
        }
        return null;
    }
}
