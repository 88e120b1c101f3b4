package ai.alquimista.sqs.adapter;

import java.io.IOException;

/** Asks whether the database answers; the infrastructure gate opens when it does. */
@FunctionalInterface
interface DatabaseProbe {

    /** Returns when the database answers; throws saying why it does not. */
    void check() throws IOException;
}
