package ai.alquimista.nigredo.recebimento;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The outcome of reading a raw value: the value, or the {@link Problem} that kept it from being one. */
public final class Parsed<T> {

    private final T value;
    private final Problem problem;

    private Parsed(T value, Problem problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Parsed<T> valid(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Parsed<T> invalid(Problem problem) {
        return new Parsed<>(null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    public T orElseThrow() {
        if (value == null) {
            throw new NoSuchElementException(problem.message());
        }
        return value;
    }

    public <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
        return value == null ? invalid(problem) : valid(mapper.apply(value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parsed<?> parsed && Objects.equals(value, parsed.value) && problem == parsed.problem;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, problem);
    }

    @Override
    public String toString() {
        return value != null ? "Valid[" + value + "]" : "Invalid[" + problem + "]";
    }
}
