package ai.alquimista.nigredo.recebimento;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The outcome of reading a raw value: the value, or the {@link Motivo} that kept it from being one. */
public final class Parsed<T> {

    private final T value;
    private final Motivo motivo;

    private Parsed(T value, Motivo motivo) {
        this.value = value;
        this.motivo = motivo;
    }

    public static <T> Parsed<T> valid(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Parsed<T> invalid(Motivo motivo) {
        return new Parsed<>(null, Objects.requireNonNull(motivo, "motivo"));
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public Optional<Motivo> motivo() {
        return Optional.ofNullable(motivo);
    }

    public T orElseThrow() {
        if (value == null) {
            throw new NoSuchElementException(motivo.message());
        }
        return value;
    }

    public <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
        return value == null ? invalid(motivo) : valid(mapper.apply(value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parsed<?> parsed && Objects.equals(value, parsed.value) && motivo == parsed.motivo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, motivo);
    }

    @Override
    public String toString() {
        return value != null ? "Valid[" + value + "]" : "Invalid[" + motivo + "]";
    }
}
