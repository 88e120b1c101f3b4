package ai.alquimista.nigredo.agendamento.control;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Picks a tenant's calendar from Agendamento's activation settings: the embedded one unless Google is set up. */
public interface Calendarios {

    Calendario doTenant(UUID tenantId, JsonObject settings);
}
