package ai.alquimista.nigredo.atendimento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.atendimento.PoliticaDaMarca;
import ai.alquimista.nigredo.atendimento.ProximoPasso;
import ai.alquimista.nigredo.atendimento.Violacao;
import ai.alquimista.nigredo.atendimento.control.ConversaQuery;
import ai.alquimista.nigredo.atendimento.control.LeadDaConversa;
import ai.alquimista.nigredo.atendimento.control.Revisao;
import ai.alquimista.nigredo.atendimento.control.RevisoesQuery;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.disparo.EnvioDeConversa;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.paging.Page;
import ai.alquimista.shared.text.StorableText;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The review queue (human in the loop): replies Atendimento did not send by itself wait here until a person of the
 * tenant sends them, as drafted or edited, or discards them. Every decision is audited.
 */
@Stateless
public class FilaDeRevisao {

    public static final int TEXTO_MAXIMO = 4096;

    private static final String COLUNAS = "SELECT r.id, r.lead_id, l.empresa, l.contato, r.canal, i.mensagem,"
            + " i.sentimento, i.intensidade, r.rascunho, r.motivo, r.proximo_passo, r.status, r.created_at,"
            + " r.interacao_id FROM nigredo_leads.respostas_em_revisao r JOIN nigredo_leads.leads l ON l.id = r.lead_id"
            + " JOIN nigredo_leads.interacoes i ON i.id = r.interacao_id";

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    EnviosDaConversa envios;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Another agent hands the conversation to a person (Agendamento: no free slot, the calendar failed, the answer was
     * never understood): it waits here with why, nothing drafted. In the caller's transaction; once per interação.
     */
    public void aguardarPessoa(UUID tenantId, UUID leadId, UUID interacaoId, CanalDeEnvio canal, String motivo) {
        try (Connection db = dataSource.getConnection()) {
            RevisoesQuery.guardar(
                    db,
                    new Revisao(tenantId, leadId, interacaoId, canal, null, motivo, ProximoPasso.forward_to_scheduler));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot put the conversation in the review queue: " + e.getMessage(), e);
        }
    }

    public Page<RespostaEmRevisao> pendentes(Caller caller, int page, int size) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("SELECT *, count(*) OVER () AS total FROM (" + COLUNAS
                        + " WHERE r.tenant_id = ? AND r.status = 'pendente') pendentes"
                        + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
            select.setObject(1, caller.tenantId());
            select.setInt(2, size);
            select.setInt(3, page * size);
            List<RespostaEmRevisao> items = new ArrayList<>();
            long total = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    total = row.getLong("total");
                    items.add(revisao(row));
                }
            }
            audit.record(caller, "atendimento.revisao.read", "respostas_em_revisao", null);
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the review queue: " + e.getMessage(), e);
        }
    }

    /**
     * Sends the reply: the person's text when given, else the draft. The brand policy holds for a person's text too
     * (above all, never saying it is a robot).
     */
    public RespostaEmRevisao aprovar(Caller caller, UUID id, Optional<String> editado) {
        try (Connection db = dataSource.getConnection()) {
            Pendente pendente = pendente(db, caller, id);
            LeadDaConversa lead = ConversaQuery.lead(db, caller.tenantId(), pendente.leadId())
                    .orElseThrow(() -> new NotFound("no lead " + pendente.leadId()));
            PoliticaDaMarca politica = PoliticaDaMarca.de(lead.settings());
            String texto = politica.assinada(editado.orElse(pendente.rascunho()));
            validar(texto, politica);
            UUID envio = envios.programar(new EnvioDeConversa(
                    caller.tenantId(),
                    lead.id(),
                    pendente.interacaoId(),
                    TipoDeEnvio.resposta,
                    pendente.canal(),
                    pendente.canal() == CanalDeEnvio.email ? "Re: sua conversa com " + lead.empresaCliente() : null,
                    texto,
                    Duration.ZERO));
            decidir(db, caller, id, "enviada", envio);
            audit.record(
                    caller,
                    "atendimento.revisao.aprovada",
                    "resposta_em_revisao",
                    id.toString(),
                    Json.createObjectBuilder()
                            .add("editada", editado.isPresent())
                            .add("envio_id", envio.toString())
                            .build());
            return uma(db, caller, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot approve the reply: " + e.getMessage(), e);
        }
    }

    public RespostaEmRevisao descartar(Caller caller, UUID id) {
        try (Connection db = dataSource.getConnection()) {
            pendente(db, caller, id);
            decidir(db, caller, id, "descartada", null);
            audit.record(caller, "atendimento.revisao.descartada", "resposta_em_revisao", id.toString());
            return uma(db, caller, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot discard the reply: " + e.getMessage(), e);
        }
    }

    private static void validar(String texto, PoliticaDaMarca politica) {
        List<Violation> problemas = new ArrayList<>();
        if (texto.length() > TEXTO_MAXIMO) {
            problemas.add(new Violation("texto", "must be at most " + TEXTO_MAXIMO + " characters"));
        } else if (!StorableText.isStorable(texto)) {
            problemas.add(new Violation("texto", StorableText.PROBLEM));
        } else {
            politica.violacoes(texto).stream()
                    .map(Violacao::motivo)
                    .map(motivo -> new Violation("texto", motivo))
                    .forEach(problemas::add);
        }
        if (!problemas.isEmpty()) {
            throw new InvalidInput(problemas);
        }
    }

    private record Pendente(UUID leadId, UUID interacaoId, CanalDeEnvio canal, String rascunho) {}

    private static Pendente pendente(Connection db, Caller caller, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT lead_id, interacao_id, canal, rascunho, status"
                + " FROM nigredo_leads.respostas_em_revisao WHERE id = ? AND tenant_id = ? FOR UPDATE")) {
            select.setObject(1, id);
            select.setObject(2, caller.tenantId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no reply " + id + " in the review queue");
                }
                if (!"pendente".equals(row.getString("status"))) {
                    throw new Conflict("the reply was already " + row.getString("status"));
                }
                return new Pendente(
                        row.getObject("lead_id", UUID.class),
                        row.getObject("interacao_id", UUID.class),
                        CanalDeEnvio.valueOf(row.getString("canal")),
                        Optional.ofNullable(row.getString("rascunho")).orElse(""));
            }
        }
    }

    private void decidir(Connection db, Caller caller, UUID id, String status, UUID envio) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.respostas_em_revisao SET status = ?,"
                + " envio_id = ?, decidida_por = ?, decidida_em = ? WHERE id = ? AND tenant_id = ?")) {
            update.setString(1, status);
            update.setObject(2, envio);
            update.setObject(3, caller.userId());
            update.setTimestamp(4, Timestamp.from(clock.instant()));
            update.setObject(5, id);
            update.setObject(6, caller.tenantId());
            update.executeUpdate();
        }
    }

    private static RespostaEmRevisao uma(Connection db, Caller caller, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(COLUNAS + " WHERE r.id = ? AND r.tenant_id = ?")) {
            select.setObject(1, id);
            select.setObject(2, caller.tenantId());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return revisao(row);
            }
        }
    }

    private static RespostaEmRevisao revisao(ResultSet row) throws SQLException {
        return new RespostaEmRevisao(
                row.getObject("id", UUID.class),
                row.getObject("lead_id", UUID.class),
                row.getString("empresa"),
                row.getString("contato"),
                row.getString("canal"),
                row.getString("mensagem"),
                row.getString("sentimento"),
                (Integer) row.getObject("intensidade"),
                row.getString("rascunho"),
                row.getString("motivo"),
                row.getString("proximo_passo"),
                row.getString("status"),
                row.getTimestamp("created_at").toInstant());
    }
}
