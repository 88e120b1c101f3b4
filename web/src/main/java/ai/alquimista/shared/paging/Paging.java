package ai.alquimista.shared.paging;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Page and size query parameters, checked here rather than with Bean Validation annotations on the
 * parameters: Payara's OpenAPI generator fails on {@code @Min}/{@code @Max} there. A page whose first row
 * lies past what an int offset holds is refused: {@code page * size} would overflow into a negative offset.
 * (A page that is not a whole number at all is refused by {@code RequestParameters}.)
 */
public record Paging(int page, int size) {

    public static Paging of(int page, int size, int maxSize) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > maxSize) {
            violations.add(new Violation("size", "must be between 1 and " + maxSize));
        } else if ((long) page * size > Integer.MAX_VALUE) {
            violations.add(new Violation("page", "must be at most " + Integer.MAX_VALUE / size + " for size " + size));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new Paging(page, size);
    }
}
