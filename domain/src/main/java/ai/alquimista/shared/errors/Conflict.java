package ai.alquimista.shared.errors;

/** The request clashes with what already exists (an e-mail already in use, ...). */
public class Conflict extends Refusal {

    public Conflict(String what) {
        super(409, "Conflict", what);
    }
}
