package ai.alquimista.nigredo.canais.boundary;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code POST /webhooks/ses} did with a verified SNS message: stored it as webhook {@code id}; {@code tenants} is
 * how many tenants it was handed to (0 for a subscription confirmation or a notification about none of our sends).
 */
@Schema(description = "The stored SNS message, its type, and how many tenants it was handed to")
public record WebhookSesAceito(UUID id, String tipo, int tenants) {}
