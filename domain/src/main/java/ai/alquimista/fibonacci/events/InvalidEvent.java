package ai.alquimista.fibonacci.events;

import ai.alquimista.shared.errors.InvalidInput;
import java.util.List;

/**
 * An event that can never be accepted as it is; names every field that is wrong. An application
 * exception that rolls back, as every {@link InvalidInput} is.
 */
public class InvalidEvent extends InvalidInput {

    public InvalidEvent(List<Violation> violations) {
        super(violations);
    }

    public InvalidEvent(String field, String problem) {
        this(List.of(new Violation(field, problem)));
    }

    @Override
    public String title() {
        return "Invalid event";
    }
}
