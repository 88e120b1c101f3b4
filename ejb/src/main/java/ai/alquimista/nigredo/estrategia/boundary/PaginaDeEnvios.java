package ai.alquimista.nigredo.estrategia.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a campaign's sends, the latest first. */
@Schema(description = "One page of the campaign's sends, the latest first")
public record PaginaDeEnvios(List<EnvioDaCampanha> items, int page, int size, long total) {}
