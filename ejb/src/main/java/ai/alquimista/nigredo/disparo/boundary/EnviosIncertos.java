package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.disparo.control.Tentativas;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * What a provider tells later about a send whose outcome Disparo never recorded ({@code enviando} or {@code incerto}),
 * in the caller's transaction: a WhatsApp status webhook naming it (by its wamid or by the {@code
 * biz_opaque_callback_data} it was sent with) settles it as the provider's own answer would have.
 */
@Dependent
public class EnviosIncertos {

    @Inject
    EventIntake events;

    /**
     * The provider took it: {@code enviado}, the lead {@code contatado}, an interação and, for a campaign's send,
     * {@code nigredo.disparo.sent}, exactly once.
     *
     * @return whether this call settled the send
     */
    public boolean confirmar(Connection db, UUID tenantId, UUID envioId, String providerMessageId) throws SQLException {
        Optional<Tentativas.Confirmado> confirmado =
                Tentativas.confirmar(db, tenantId, envioId, Optional.empty(), providerMessageId, Optional.empty());
        confirmado
                .filter(envio -> !envio.tipo().daConversa())
                .map(Tentativas.Confirmado::realizado)
                .ifPresent(sent -> events.publish(sent.evento(), tenantId));
        return confirmado.isPresent();
    }

    /**
     * The provider says it never delivered it: {@code falhou}, with why.
     *
     * @return whether this call settled the send
     */
    public boolean naoEntregue(Connection db, UUID tenantId, UUID envioId, String motivo) throws SQLException {
        return Tentativas.naoEntregue(db, tenantId, envioId, motivo);
    }
}
