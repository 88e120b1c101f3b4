package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.canais.boundary.NumerosWhatsapp;
import ai.alquimista.nigredo.disparo.LimitesDeEnvio;
import ai.alquimista.nigredo.disparo.control.CanaisConfigurados;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Disparo in the marketplace. */
@ApplicationScoped
public class DisparoModule implements AgentModule {

    private static final CatalogEntry ENTRY = CatalogEntry.nigredo(
            Queue.DISPARO,
            "Disparo",
            "growth",
            "397.00",
            "Envia as mensagens em horário comercial, respeitando os limites por hora e por dia, com variação humanizada de horário e sem envio duplicado.",
            "Campanha aprovada",
            "WhatsApp Business ou e-mail configurado",
            "Opt-in dos leads para WhatsApp");

    /** Meta's phone number ids are digits. */
    private static final Pattern PHONE_NUMBER_ID = Pattern.compile("\\d{1,30}");

    @Inject
    NumerosWhatsapp numeros;

    @Override
    public CatalogEntry catalogEntry() {
        return ENTRY;
    }

    /**
     * {@code limite_hora}, {@code limite_dia}, {@code tier_whatsapp}, and the adapter per channel ({@code
     * canal_whatsapp}: sandbox or cloud-api; {@code canal_email}: sandbox or smtp), and the tenant's own WhatsApp
     * business number ({@code whatsapp_phone_number_id}, Meta's phone number id: digits) that sends and receives.
     */
    @Override
    public void checkSettings(JsonObject settings) {
        List<Violation> violations = new ArrayList<>();
        try {
            LimitesDeEnvio.deConfiguracao(settings);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("settings", e.getMessage()));
        }
        CanaisConfigurados.OPCOES.forEach((field, allowed) -> {
            JsonValue value = settings.get(field);
            if (value != null && !(value instanceof JsonString text && allowed.contains(text.getString()))) {
                violations.add(new Violation("settings." + field, "must be one of " + String.join(", ", allowed)));
            }
        });
        JsonValue numero = settings.get(CanaisConfigurados.NUMERO_WHATSAPP);
        if (numero != null
                && !(numero instanceof JsonString text
                        && PHONE_NUMBER_ID.matcher(text.getString()).matches())) {
            violations.add(new Violation(
                    "settings." + CanaisConfigurados.NUMERO_WHATSAPP,
                    "must be the phone number id Meta shows for the number: 1 to 30 digits"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** The WhatsApp number named in the settings becomes the tenant's: 409 when it is another tenant's. */
    @Override
    public void settingsSaved(UUID tenantId, JsonObject settings) {
        numeros.definir(tenantId, CanaisConfigurados.numeroWhatsapp(settings));
    }
}
