package ai.alquimista.shared.errors;

import ai.alquimista.fibonacci.events.Violation;
import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; names every field that is wrong. */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.problem()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The problem's title: what kind of input was invalid. */
    public String title() {
        return "Invalid input";
    }
}
