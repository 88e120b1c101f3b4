package ai.alquimista.shared.errors;

/** A request body or file over its size limit (413); the transaction that was reading it rolls back. */
public class TooLarge extends Refusal {

    /** An uploaded file over the limit. */
    public TooLarge(long limit) {
        this("the file", limit);
    }

    /** @param what what is too large, as the detail names it ("the request body") */
    public TooLarge(String what, long limit) {
        super(413, "Content Too Large", what + " is larger than " + limit + " bytes");
    }
}
