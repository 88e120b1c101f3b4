package ai.alquimista.fibonacci.events;

/** The components an event cannot do without; a record's compact constructor refuses it without them. */
public final class Required {

    private Required() {}

    public static <T> T field(T value, String name) {
        if (value == null) {
            throw new MissingField(name);
        }
        return value;
    }

    /** Thrown from a record's constructor while JSON-B reads a detail; {@link EventDetails} names it. */
    static final class MissingField extends IllegalArgumentException {

        MissingField(String name) {
            super("has no " + name);
        }
    }
}
