package ai.alquimista.operations.queues.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a redrive did: how many messages went from the dead-letter queue back to their queue, and the ids asked for
 * that were not on the dead-letter queue (already redriven, expired, or never there).
 */
@Schema(description = "How many messages went back to their queue, and the ids asked for that were not found")
public record Redrive(
        String queue, int moved, @JsonbProperty("not_found") List<String> notFound) {}
