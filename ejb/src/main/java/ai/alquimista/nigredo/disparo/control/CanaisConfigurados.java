package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.boundary.SandboxChannel;
import ai.alquimista.nigredo.canais.boundary.SmtpEmail;
import ai.alquimista.nigredo.canais.boundary.Transmissor;
import ai.alquimista.nigredo.canais.boundary.WhatsAppCloudApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The adapter per tenant and channel: the tenant's Disparo settings ({@code canal_whatsapp}: sandbox or
 * cloud-api; {@code canal_email}: sandbox or smtp) or else the platform's defaults
 * ({@code alquimista.disparo.canal-whatsapp}, {@code alquimista.disparo.canal-email}, both sandbox). The Cloud
 * API sends from the tenant's own number ({@code whatsapp_phone_number_id}) when it set one.
 */
@ApplicationScoped
public class CanaisConfigurados implements Transmissores {

    public static final String WHATSAPP = "canal_whatsapp";
    public static final String EMAIL = "canal_email";
    /** The tenant's own WhatsApp business number (Meta's phone number id); else the platform's. */
    public static final String NUMERO_WHATSAPP = "whatsapp_phone_number_id";
    /** The adapters a tenant may choose per channel setting. */
    public static final Map<String, Set<String>> OPCOES = Map.of(
            WHATSAPP, Set.of("sandbox", "cloud-api"),
            EMAIL, Set.of("sandbox", "smtp"));

    @Inject
    WhatsAppCloudApi whatsAppCloudApi;

    @Inject
    SmtpEmail smtp;

    @Inject
    @ConfigProperty(name = "alquimista.disparo.canal-whatsapp", defaultValue = "sandbox")
    String whatsappPadrao;

    @Inject
    @ConfigProperty(name = "alquimista.disparo.canal-email", defaultValue = "sandbox")
    String emailPadrao;

    /** The number the settings name, when it is text. */
    public static Optional<String> numeroWhatsapp(JsonObject settings) {
        return settings.get(NUMERO_WHATSAPP) instanceof JsonString numero
                ? Optional.of(numero.getString())
                : Optional.empty();
    }

    @Override
    public Transmissor para(CanalDeEnvio canal, JsonObject settings, Connection db) {
        if (canal == CanalDeEnvio.whatsapp) {
            return "cloud-api".equals(settings.getString(WHATSAPP, whatsappPadrao))
                    ? whatsAppCloudApi.peloNumero(numeroWhatsapp(settings))
                    : new SandboxChannel(db);
        }
        return "smtp".equals(settings.getString(EMAIL, emailPadrao)) ? smtp : new SandboxChannel(db);
    }
}
