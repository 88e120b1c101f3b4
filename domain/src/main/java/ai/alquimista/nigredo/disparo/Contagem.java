package ai.alquimista.nigredo.disparo;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the database says about a tenant's recent sends, as of now. The hour and the day are calendar buckets in the
 * tenant's zone: [hh:00, hh+1:00) and [00:00, 24:00).
 *
 * @param enviadasNaHora the tenant's messages sent in the current hour
 * @param enviadasNoDia the tenant's messages sent today
 * @param destinatariosWhatsapp24h unique WhatsApp recipients of the tenant in the last 24 hours
 * @param destinatarioJaContado this recipient is already one of those, so a message to it uses no more of the tier
 * @param ultimoEnvioDoTenant when the tenant last sent anything
 * @param ultimoEnvioAoDestinatario when the tenant last sent to this recipient
 */
public record Contagem(
        int enviadasNaHora,
        int enviadasNoDia,
        int destinatariosWhatsapp24h,
        boolean destinatarioJaContado,
        Optional<Instant> ultimoEnvioDoTenant,
        Optional<Instant> ultimoEnvioAoDestinatario) {

    public Contagem {
        Objects.requireNonNull(ultimoEnvioDoTenant, "ultimoEnvioDoTenant");
        Objects.requireNonNull(ultimoEnvioAoDestinatario, "ultimoEnvioAoDestinatario");
        if (enviadasNaHora < 0 || enviadasNoDia < 0 || destinatariosWhatsapp24h < 0) {
            throw new IllegalArgumentException("contagens não podem ser negativas: " + enviadasNaHora + ", "
                    + enviadasNoDia + ", " + destinatariosWhatsapp24h);
        }
    }
}
