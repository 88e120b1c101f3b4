package ai.alquimista.nigredo.disparo;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How fast one tenant may send.
 *
 * @param porHora messages per calendar hour
 * @param porDia messages per calendar day
 * @param tierWhatsapp the WhatsApp Business messaging tier: unique recipients of business-initiated conversations in
 *     24 hours
 * @param entreMensagensDoTenant the least time between two of the tenant's messages
 * @param mesmoDestinatario the least time between two messages to the same recipient
 */
public record LimitesDeEnvio(
        int porHora, int porDia, int tierWhatsapp, Duration entreMensagensDoTenant, Duration mesmoDestinatario) {

    static final String LIMITE_HORA = "limite_hora";
    static final String LIMITE_DIA = "limite_dia";
    static final String TIER_WHATSAPP = "tier_whatsapp";
    /** Meta's messaging limit tiers; Meta moves a number between them, the tenant only tells us where it is. */
    private static final Set<Integer> TIERS_WHATSAPP = Set.of(250, 2_000, 10_000, 100_000);

    public LimitesDeEnvio {
        Objects.requireNonNull(entreMensagensDoTenant, "entreMensagensDoTenant");
        Objects.requireNonNull(mesmoDestinatario, "mesmoDestinatario");
        if (porHora < 1 || porDia < 1 || tierWhatsapp < 1) {
            throw new IllegalArgumentException("limites de envio devem ser maiores que zero: " + porHora + "/hora, "
                    + porDia + "/dia, tier " + tierWhatsapp);
        }
        if (entreMensagensDoTenant.isNegative() || mesmoDestinatario.isNegative()) {
            throw new IllegalArgumentException("intervalos entre mensagens não podem ser negativos");
        }
    }

    /**
     * 100 per hour, 500 per day, WhatsApp's first tier (250), 2 s between the tenant's messages and 6 s to the same
     * recipient (the Cloud API's pair rate limit).
     */
    public static LimitesDeEnvio padrao() {
        return new LimitesDeEnvio(100, 500, 250, Duration.ofSeconds(2), Duration.ofSeconds(6));
    }

    /**
     * The tenant's limits from its agent settings: optional {@code limite_hora}, {@code limite_dia} and
     * {@code tier_whatsapp}, each an integer; an absent (or null) field keeps the {@linkplain #padrao() default},
     * as do absent settings.
     *
     * @throws IllegalArgumentException naming the field, when a field is not an integer of at least 1, when
     *     {@code limite_dia} is below {@code limite_hora}, or when {@code tier_whatsapp} is not one of Meta's tiers
     */
    public static LimitesDeEnvio deConfiguracao(JsonObject settings) {
        LimitesDeEnvio padrao = padrao();
        if (settings == null) {
            return padrao;
        }
        int porHora = inteiro(settings, LIMITE_HORA).orElse(padrao.porHora());
        int porDia = inteiro(settings, LIMITE_DIA).orElse(padrao.porDia());
        int tier = inteiro(settings, TIER_WHATSAPP).orElse(padrao.tierWhatsapp());
        if (porDia < porHora) {
            throw new IllegalArgumentException(
                    LIMITE_DIA + " (" + porDia + ") deve ser maior ou igual a " + LIMITE_HORA + " (" + porHora + ")");
        }
        if (!TIERS_WHATSAPP.contains(tier)) {
            throw new IllegalArgumentException(TIER_WHATSAPP + " deve ser 250, 2000, 10000 ou 100000: " + tier);
        }
        return new LimitesDeEnvio(porHora, porDia, tier, padrao.entreMensagensDoTenant(), padrao.mesmoDestinatario());
    }

    private static Optional<Integer> inteiro(JsonObject settings, String campo) {
        JsonValue valor = settings.get(campo);
        if (valor == null || valor.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (valor instanceof JsonNumber numero && numero.isIntegral()) {
            try {
                int inteiro = numero.intValueExact();
                if (inteiro >= 1) {
                    return Optional.of(inteiro);
                }
            } catch (ArithmeticException grandeDemais) {
                // falls through to the same message as any other value out of range
            }
        }
        throw new IllegalArgumentException(campo + " deve ser um número inteiro maior ou igual a 1: " + valor);
    }
}
