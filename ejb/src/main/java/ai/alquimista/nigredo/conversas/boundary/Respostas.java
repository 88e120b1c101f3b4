package ai.alquimista.nigredo.conversas.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.conversas.RespostaRecebida;
import ai.alquimista.nigredo.conversas.control.InteracoesRecebidasQuery;
import ai.alquimista.nigredo.leads.boundary.ListaDeBloqueio;
import ai.alquimista.nigredo.sentimento.PedidoDeDescadastro;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.shared.tracing.TraceContext;
import ai.alquimista.shared.tracing.Tracing;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Where every channel's reply lands (a WhatsApp or SES webhook, the sandbox): recorded once as an interação recebida,
 * an opt-out honoured at once whatever agents the tenant activated (LGPD), and Atendimento told.
 */
@Stateless
public class Respostas {

    private static final int MOTIVO_MAXIMO = 200;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    EventIntake events;

    @Inject
    AuditTrail audit;

    /** @return the interação's id, or empty when the provider delivered this message before */
    public Optional<UUID> registrar(RespostaRecebida resposta) {
        Tracing.amend(trace -> trace.withTenant(resposta.tenantId()).withLead(resposta.leadId()));
        try (Connection db = dataSource.getConnection()) {
            Optional<UUID> interacao = InteracoesRecebidasQuery.inserir(
                    db, resposta, Tracing.current().map(TraceContext::traceId).orElse(null));
            if (interacao.isPresent()) {
                boolean descadastro = PedidoDeDescadastro.em(resposta.texto());
                if (descadastro) {
                    descadastrar(db, resposta, interacao.get());
                } else {
                    InteracoesRecebidasQuery.marcarRespondeu(db, resposta.tenantId(), resposta.leadId());
                }
                events.publish(
                        new LeadRespondeu(
                                resposta.leadId(), interacao.get(), resposta.canal(), resposta.texto(), descadastro),
                        resposta.tenantId());
            }
            return interacao;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the reply: " + e.getMessage(), e);
        }
    }

    private void descadastrar(Connection db, RespostaRecebida resposta, UUID interacaoId) throws SQLException {
        String pedido = resposta.texto().strip();
        ListaDeBloqueio.descadastrar(
                db,
                resposta.tenantId(),
                resposta.leadId(),
                resposta.canal(),
                InteracoesRecebidasQuery.destinatario(db, resposta),
                "pediu para sair: " + pedido.substring(0, Math.min(pedido.length(), MOTIVO_MAXIMO)));
        audit.recordSystem(
                resposta.tenantId(),
                "lead.descadastro",
                "lead",
                resposta.leadId().toString(),
                Json.createObjectBuilder()
                        .add("canal", resposta.canal())
                        .add("interacao_id", interacaoId.toString())
                        .build());
    }
}
