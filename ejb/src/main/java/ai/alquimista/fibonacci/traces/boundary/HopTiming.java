package ai.alquimista.fibonacci.traces.boundary;

import ai.alquimista.fibonacci.traces.entity.Trace;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.Duration;

/**
 * The hop a delivery's transaction recorded, so the delivery, once its agent is done, can write down how long it took
 * ({@code traces.duration_ms}) in the same transaction.
 */
@TransactionScoped
public class HopTiming implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Trace hop;

    void recorded(Trace trace) {
        this.hop = trace;
    }

    public void finished(Duration took) {
        if (hop != null) {
            hop.finished(took);
        }
    }
}
