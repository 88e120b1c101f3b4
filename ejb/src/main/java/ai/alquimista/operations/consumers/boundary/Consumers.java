package ai.alquimista.operations.consumers.boundary;

import ai.alquimista.operations.consumers.control.ConsumerSupervision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Every queue's consumer with its figures and verdict, as the readiness check {@code consumers} judges it. */
@ApplicationScoped
public class Consumers {

    @Inject
    ConsumerSupervision supervision;

    public List<ConsumerState> all() {
        return supervision.states();
    }
}
