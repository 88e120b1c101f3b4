package ai.alquimista.shared.errors;

/** The caller is known but may not do this. */
public class Forbidden extends Refusal {

    public Forbidden(String what) {
        super(403, "Forbidden", what);
    }
}
