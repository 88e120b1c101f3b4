package ai.alquimista.shared.errors;

/** A request body over its size limit (413); the transaction that was reading it rolls back. */
public class TooLarge extends Refusal {

    private final long limit;

    public TooLarge(long limit) {
        super(413, "Content Too Large", "the file is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
