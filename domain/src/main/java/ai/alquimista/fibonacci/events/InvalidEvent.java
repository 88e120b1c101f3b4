package ai.alquimista.fibonacci.events;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** An event that can never be accepted as it is; names every field that is wrong. */
@ApplicationException(rollback = true)
public class InvalidEvent extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidEvent(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.problem()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidEvent(String field, String problem) {
        this(List.of(new Violation(field, problem)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
