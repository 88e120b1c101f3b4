package ai.alquimista.fibonacci.events;

import ai.alquimista.fibonacci.messages.PoisonMessage;

/** A stored event an agent must act on whose type it does not handle or whose detail does not fit the type. */
public class MalformedEvent extends PoisonMessage {

    public MalformedEvent(String reason) {
        super(reason);
    }

    public MalformedEvent(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The event is the agent's but of a type it does not handle. */
    public static MalformedEvent unhandled(String eventId, String agent, String type) {
        return new MalformedEvent("event " + eventId + ": " + agent + " does not handle events of type '" + type + "'");
    }
}
