package ai.alquimista.nigredo.relatorios.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** A tenant whose report of {@code data} (yesterday in its time zone) is due: its 08:00 has come. */
public record RelatorioDevido(UUID tenantId, String empresa, ZoneId fuso, LocalDate data) {

    public RelatorioDevido {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(empresa, "empresa");
        Objects.requireNonNull(fuso, "fuso");
        Objects.requireNonNull(data, "data");
    }
}
