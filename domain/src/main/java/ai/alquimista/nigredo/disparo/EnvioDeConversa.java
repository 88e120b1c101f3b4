package ai.alquimista.nigredo.disparo;

import ai.alquimista.nigredo.canais.Anexo;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A message of a conversation for Disparo to send to the lead on the channel it wrote on: an answer, or the
 * confirmation of an opt-out. The interação it answers makes its idempotency key: one answer per reply, however often
 * it is scheduled.
 *
 * @param assunto the e-mail subject; null on WhatsApp
 * @param pausa how long after now, on Disparo's clock, it is due: a person does not answer in the same second
 * @param anexos files an e-mail carries (a meeting's invite); none on WhatsApp
 */
public record EnvioDeConversa(
        UUID tenantId,
        UUID leadId,
        UUID interacaoId,
        TipoDeEnvio tipo,
        CanalDeEnvio canal,
        String assunto,
        String corpo,
        Duration pausa,
        List<Anexo> anexos) {

    /** A message without attachments, as every answer and confirmation is. */
    public EnvioDeConversa(
            UUID tenantId,
            UUID leadId,
            UUID interacaoId,
            TipoDeEnvio tipo,
            CanalDeEnvio canal,
            String assunto,
            String corpo,
            Duration pausa) {
        this(tenantId, leadId, interacaoId, tipo, canal, assunto, corpo, pausa, List.of());
    }

    public EnvioDeConversa {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(interacaoId, "interacaoId");
        Objects.requireNonNull(canal, "canal");
        Objects.requireNonNull(corpo, "corpo");
        if (Objects.requireNonNull(pausa, "pausa").isNegative()) {
            throw new IllegalArgumentException("a pause cannot be negative: " + pausa);
        }
        if (!Objects.requireNonNull(tipo, "tipo").daConversa()) {
            throw new IllegalArgumentException("a campaign's send is scheduled from its campaign: " + tipo);
        }
        anexos = List.copyOf(anexos);
        if (!anexos.isEmpty() && canal != CanalDeEnvio.email) {
            throw new IllegalArgumentException("only an e-mail carries attachments, not " + canal);
        }
    }

    public String idempotencyKey() {
        return tipo + ":" + interacaoId;
    }
}
