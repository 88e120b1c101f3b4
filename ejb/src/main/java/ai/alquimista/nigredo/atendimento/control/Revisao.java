package ai.alquimista.nigredo.atendimento.control;

import ai.alquimista.nigredo.atendimento.ProximoPasso;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import java.util.UUID;

/**
 * A reply that waits for a person instead of going out: the draft (none when Atendimento must not answer by itself)
 * and why it waits.
 */
public record Revisao(
        UUID tenantId,
        UUID leadId,
        UUID interacaoId,
        CanalDeEnvio canal,
        String rascunho,
        String motivo,
        ProximoPasso passo) {}
