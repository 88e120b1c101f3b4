package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.disparo.control.Tentativas;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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
     * Whether the send is {@code incerto} and waits for a person of the tenant (no status webhook settled it within
     * {@code alquimista.disparo.incerto-minutos}, or an e-mail was uncertain again after its resend); locks it until
     * the caller's transaction ends.
     */
    public boolean aguardaPessoa(Connection db, UUID tenantId, UUID envioId) throws SQLException {
        return Tentativas.aguardaPessoa(db, tenantId, envioId);
    }

    /**
     * A person found it arrived: settled as {@link #confirmar} does for a status webhook.
     *
     * @return whether this call settled the send
     */
    public boolean confirmarPorPessoa(Connection db, UUID tenantId, UUID envioId) throws SQLException {
        return Tentativas.aguardaPessoa(db, tenantId, envioId) && confirmar(db, tenantId, envioId, null);
    }

    /**
     * A person found it never arrived and asks for it again: scheduled now, through every rule.
     *
     * @return whether the send was still waiting for a person
     */
    public boolean reenviarPorPessoa(Connection db, UUID tenantId, UUID envioId, Instant agora) throws SQLException {
        return Tentativas.reenviarPorPessoa(db, tenantId, envioId, agora);
    }

    /**
     * A person gives the send up: {@code falhou}, with why; nothing goes.
     *
     * @return whether the send was still waiting for a person
     */
    public boolean desistirPorPessoa(Connection db, UUID tenantId, UUID envioId, String motivo) throws SQLException {
        return Tentativas.aguardaPessoa(db, tenantId, envioId) && naoEntregue(db, tenantId, envioId, motivo);
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
