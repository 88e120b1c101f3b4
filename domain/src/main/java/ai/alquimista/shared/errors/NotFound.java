package ai.alquimista.shared.errors;

/** The thing asked for does not exist for this caller (another tenant's things do not exist either). */
public class NotFound extends Refusal {

    public NotFound(String what) {
        super(404, "Not found", what);
    }
}
