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
import ai.alquimista.nigredo.disparo.boundary.EnviosIncertos;
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
 * tenant sends them, as drafted or edited, or discards them. Sends whose outcome nobody knows and that Disparo handed to
 * a person ({@code incerto}: a WhatsApp send no status webhook settled in time, an e-mail uncertain again after its
 * resend) wait here too ({@code tipo} {@value #ENVIO_INCERTO}, the id is the send's): a person confirms it arrived,
 * sends it again ({@link #aprovar}) or gives it up ({@link #descartar}), through Disparo's {@link EnviosIncertos}.
 * Every decision is audited.
 */
@Stateless
public class FilaDeRevisao {

    public static final int TEXTO_MAXIMO = 4096;

    /** A reply waiting for a person. */
    public static final String RESPOSTA = "resposta";
    /** A send whose outcome nobody knows, waiting for a person. */
    public static final String ENVIO_INCERTO = "envio_incerto";

    private static final String COLUNAS = "SELECT r.id, r.lead_id, l.empresa, l.contato, r.canal, i.mensagem,"
            + " i.sentimento, i.intensidade, r.rascunho, r.motivo, r.proximo_passo, r.status, r.created_at,"
            + " 'resposta' AS tipo, NULL AS destinatario"
            + " FROM nigredo_leads.respostas_em_revisao r JOIN nigredo_leads.leads l ON l.id = r.lead_id"
            + " JOIN nigredo_leads.interacoes i ON i.id = r.interacao_id";

    /** Disparo's uncertain sends handed to a person, in the queue's columns: the text as it went is the draft. */
    private static final String INCERTOS = "SELECT e.id, e.lead_id, l.empresa, l.contato, e.canal,"
            + " NULL AS mensagem, NULL AS sentimento, NULL::int AS intensidade, e.mensagem_enviada AS rascunho,"
            + " e.motivo, NULL AS proximo_passo, 'pendente' AS status, e.para_pessoa_em AS created_at,"
            + " 'envio_incerto' AS tipo, e.destinatario"
            + " FROM nigredo_leads.envios e JOIN nigredo_leads.leads l ON l.id = e.lead_id"
            + " WHERE e.tenant_id = ? AND e.status = 'incerto' AND e.para_pessoa_em IS NOT NULL";

    /** What a send a person gave up reads. */
    public static final String DESISTENCIA = "uma pessoa desistiu do envio incerto";

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    EnviosDaConversa envios;

    @Inject
    EnviosIncertos incertos;

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
                        + " WHERE r.tenant_id = ? AND r.status = 'pendente' UNION ALL " + INCERTOS + ") pendentes"
                        + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
            select.setObject(1, caller.tenantId());
            select.setObject(2, caller.tenantId());
            select.setInt(3, size);
            select.setInt(4, page * size);
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
            if (incertos.aguardaPessoa(db, caller.tenantId(), id)) {
                if (editado.isPresent()) {
                    throw new InvalidInput(List.of(
                            new Violation("texto", "an uncertain send goes again as it went: send it without a text")));
                }
                RespostaEmRevisao envio = incerto(db, caller, id);
                incertos.reenviarPorPessoa(db, caller.tenantId(), id, clock.instant());
                audit.record(caller, "disparo.envio_incerto.reenviado", "envio", id.toString());
                return envio.decidido("enviada");
            }
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

    /**
     * An uncertain send a person found had arrived: {@code enviado} (the lead {@code contatado}, an interação, and for
     * a campaign's send {@code nigredo.disparo.sent}), once. 409 for a reply of the queue.
     */
    public RespostaEmRevisao confirmar(Caller caller, UUID id) {
        try (Connection db = dataSource.getConnection()) {
            if (!incertos.aguardaPessoa(db, caller.tenantId(), id)) {
                pendente(db, caller, id);
                throw new Conflict(
                        "only a send whose outcome nobody knows can be confirmed; a reply is sent or" + " discarded");
            }
            RespostaEmRevisao envio = incerto(db, caller, id);
            incertos.confirmarPorPessoa(db, caller.tenantId(), id);
            audit.record(caller, "disparo.envio_incerto.confirmado", "envio", id.toString());
            return envio.decidido("enviada");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot confirm the send: " + e.getMessage(), e);
        }
    }

    public RespostaEmRevisao descartar(Caller caller, UUID id) {
        try (Connection db = dataSource.getConnection()) {
            if (incertos.aguardaPessoa(db, caller.tenantId(), id)) {
                RespostaEmRevisao envio = incerto(db, caller, id);
                incertos.desistirPorPessoa(db, caller.tenantId(), id, DESISTENCIA);
                audit.record(caller, "disparo.envio_incerto.descartado", "envio", id.toString());
                return envio.decidido("descartada");
            }
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

    /** The uncertain send as the queue shows it, before the person's decision. */
    private static RespostaEmRevisao incerto(Connection db, Caller caller, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(INCERTOS + " AND e.id = ?")) {
            select.setObject(1, caller.tenantId());
            select.setObject(2, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no send " + id + " in the review queue");
                }
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
                row.getTimestamp("created_at").toInstant(),
                row.getString("tipo"),
                row.getString("destinatario"));
    }
}
