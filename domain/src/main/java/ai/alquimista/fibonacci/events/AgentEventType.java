package ai.alquimista.fibonacci.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names an {@link AgentEvent} record's FractalEvent type and the source that routes it to its consumer. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AgentEventType {

    /** Such as {@code nigredo.recebimento.completed}. */
    String value();

    /** Such as {@code nigredo.estrategia}: the consuming agent's queue. */
    String source();
}
