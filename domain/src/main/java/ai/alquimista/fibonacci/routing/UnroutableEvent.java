package ai.alquimista.fibonacci.routing;

import jakarta.ejb.ApplicationException;

/** No routing rule matches the event's source. */
@ApplicationException(rollback = true)
public class UnroutableEvent extends RuntimeException {

    private final String source;

    public UnroutableEvent(String source) {
        super("no route for source '" + source + "': use nigredo.<agent>, alquimista.* or fibonacci.demo");
        this.source = source;
    }

    public String source() {
        return source;
    }
}
