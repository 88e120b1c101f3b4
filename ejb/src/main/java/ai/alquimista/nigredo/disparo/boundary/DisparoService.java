package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.canais.boundary.EntradaEmail;
import ai.alquimista.nigredo.canais.boundary.EntradaWhatsapp;
import ai.alquimista.nigredo.canais.events.EmailRecebido;
import ai.alquimista.nigredo.canais.events.WebhookWhatsappRecebido;
import ai.alquimista.nigredo.disparo.control.ProgramacaoDeEnvios;
import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.estrategia.events.CampanhaAprovada;
import ai.alquimista.nigredo.estrategia.events.LeadsInscritos;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Disparo: when a campaign is approved ({@code nigredo.estrategia.completed}) schedules its sends and makes it
 * ativa; when later leads join a campaign that enrols them on its own ({@code nigredo.estrategia.leads_enrolled})
 * schedules theirs the same way (the leads already scheduled keep their sends); {@link DisparoTimer} sends them within
 * the rules. A WhatsApp webhook for the tenant's number ({@code canal.whatsapp.recebido}) brings the replies and the
 * statuses of its sends; what SES tells about
 * the e-mails it sent ({@code canal.email.recebido}: replies, bounces, complaints) is processed here too.
 */
@Stateless
public class DisparoService {

    @Inject
    HopRecorder hops;

    @Inject
    RelogioDoDisparo relogio;

    @Inject
    EntradaWhatsapp entradaWhatsapp;

    @Inject
    EntradaEmail entradaEmail;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    public void receive(AgentMessage message) {
        hops.record(Queue.DISPARO, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    private void act(Hop hop) {
        switch (hop.type()) {
            case CampanhaAprovada.TYPE ->
                programar(hop.read(CampanhaAprovada.class).campanhaId(), hop.tenantId());
            case LeadsInscritos.TYPE -> programar(hop.read(LeadsInscritos.class).campanhaId(), hop.tenantId());
            case WebhookWhatsappRecebido.TYPE -> {
                WebhookWhatsappRecebido webhook = hop.read(WebhookWhatsappRecebido.class);
                entradaWhatsapp.processar(webhook.webhookId(), hop.tenantId(), webhook.phoneNumberId());
            }
            case EmailRecebido.TYPE ->
                entradaEmail.processar(hop.read(EmailRecebido.class).webhookId(), hop.tenantId());
            default -> throw hop.unhandled(Queue.DISPARO);
        }
    }

    private void programar(UUID campanhaId, UUID tenantId) {
        try (Connection db = dataSource.getConnection()) {
            ProgramacaoDeEnvios.programar(
                    db, campanhaId, tenantId, relogio.clock().instant());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot schedule campaign " + campanhaId + ": " + e.getMessage(), e);
        }
    }
}
