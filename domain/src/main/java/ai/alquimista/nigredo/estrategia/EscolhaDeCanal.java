package ai.alquimista.nigredo.estrategia;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import java.util.Optional;

/**
 * The channel a lead is contacted on. WhatsApp requires the person's opt-in, so WhatsApp only for a lead with
 * opt-in evidence and a phone; otherwise e-mail; neither → the lead is left out of the campaign.
 */
public final class EscolhaDeCanal {

    private EscolhaDeCanal() {}

    public static Optional<CanalDeEnvio> para(boolean temTelefone, boolean temEmail, boolean optInWhatsapp) {
        if (temTelefone && optInWhatsapp) {
            return Optional.of(CanalDeEnvio.whatsapp);
        }
        return temEmail ? Optional.of(CanalDeEnvio.email) : Optional.empty();
    }
}
