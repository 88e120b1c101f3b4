package ai.alquimista.nigredo.estrategia.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the tenant's campaigns, newest first. */
@Schema(description = "One page of the tenant's campaigns, newest first")
public record PaginaDeCampanhas(List<CampanhaResumo> items, int page, int size, long total) {}
