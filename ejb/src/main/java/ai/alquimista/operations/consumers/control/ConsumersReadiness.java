package ai.alquimista.operations.consumers.control;

import ai.alquimista.operations.consumers.boundary.ConsumerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health readiness check {@code consumers} ({@code /mphealth/ready}): down while any queue's consumer
 * is missing, has no live session or has stopped polling; one data entry per queue says which and why.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

    public static final String NAME = "consumers";

    @Inject
    ConsumerSupervision supervision;

    @Override
    public HealthCheckResponse call() {
        List<ConsumerState> states = supervision.states();
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named(NAME).status(states.stream().allMatch(ConsumerState::up));
        for (ConsumerState state : states) {
            response.withData(state.queue(), state.up() ? summary(state) : ConsumerState.DOWN + ": " + state.problem());
        }
        return response.build();
    }

    private static String summary(ConsumerState state) {
        return ConsumerState.UP + ": " + state.liveSessions() + "/" + state.sessions() + " sessions"
                + (state.gateOpen() ? ", polled " + state.secondsSincePoll() + " s ago" : ", gate closed");
    }
}
