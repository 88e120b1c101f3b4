package ai.alquimista.nigredo.conversas.boundary;

import ai.alquimista.nigredo.conversas.MensagemOrfa;
import ai.alquimista.nigredo.conversas.RespostaRecebida;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.paging.Page;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Messages from someone who is none of the tenant's leads, kept for a person to assign to a lead or discard. */
@Stateless
public class Orfas {

    private static final String COLUNAS = "o.id, o.canal, o.remetente, o.texto, o.recebida_em, o.status, o.lead_id,"
            + " o.resolvida_em, (SELECT i.id FROM nigredo_leads.interacoes i WHERE i.tenant_id = o.tenant_id"
            + " AND i.canal = o.canal AND i.provider_message_id = o.provider_message_id AND o.status = 'atribuida')"
            + " AS interacao_id";

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Respostas respostas;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** @return false when this provider message was kept before */
    public boolean guardar(MensagemOrfa mensagem) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert =
                        db.prepareStatement("INSERT INTO nigredo_leads.mensagens_orfas (id, tenant_id,"
                                + " canal, remetente, texto, provider_message_id, recebida_em) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (tenant_id, canal, provider_message_id) DO NOTHING")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, mensagem.tenantId());
            insert.setString(3, mensagem.canal());
            insert.setString(4, mensagem.remetente());
            insert.setString(5, mensagem.texto());
            insert.setString(6, mensagem.providerMessageId());
            insert.setTimestamp(7, Timestamp.from(mensagem.recebidaEm()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the orphan message: " + e.getMessage(), e);
        }
    }

    /** The caller's tenant's orphan messages, newest first, whatever their status. */
    public Page<OrfaView> pagina(Caller caller, int page, int size) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("SELECT " + COLUNAS + ", count(*) OVER () AS total"
                        + " FROM nigredo_leads.mensagens_orfas o WHERE o.tenant_id = ?"
                        + " ORDER BY o.recebida_em DESC, o.id LIMIT ? OFFSET ?")) {
            select.setObject(1, caller.tenantId());
            select.setInt(2, size);
            select.setLong(3, (long) page * size);
            List<OrfaView> items = new ArrayList<>();
            long total = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    total = row.getLong("total");
                    items.add(view(row));
                }
            }
            audit.record(caller, "orfas.read", "mensagens_orfas", null);
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the orphan messages: " + e.getMessage(), e);
        }
    }

    /**
     * A person says whose message it was: it becomes that lead's reply (recorded once, an opt-out honoured, Atendimento
     * told), as if the lead had been found when it arrived.
     *
     * @throws NotFound when the orphan or the lead is not the caller's tenant's
     * @throws Conflict when the orphan was assigned or discarded already
     */
    public OrfaView atribuir(Caller caller, UUID id, UUID leadId) {
        try (Connection db = dataSource.getConnection()) {
            Pendente orfa = pendente(db, caller.tenantId(), id);
            if (!leadDoTenant(db, caller.tenantId(), leadId)) {
                throw new NotFound("no lead " + leadId);
            }
            respostas.registrar(new RespostaRecebida(
                    caller.tenantId(),
                    leadId,
                    orfa.canal(),
                    orfa.remetente(),
                    orfa.texto(),
                    orfa.providerMessageId(),
                    orfa.recebidaEm(),
                    null));
            resolver(db, caller, id, "atribuida", leadId);
            audit.record(
                    caller,
                    "orfa.atribuir",
                    "mensagem_orfa",
                    id.toString(),
                    Json.createObjectBuilder().add("lead_id", leadId.toString()).build());
            return view(db, caller.tenantId(), id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot assign the orphan message: " + e.getMessage(), e);
        }
    }

    /** Nobody's reply: kept, marked descartada. */
    public OrfaView descartar(Caller caller, UUID id) {
        try (Connection db = dataSource.getConnection()) {
            pendente(db, caller.tenantId(), id);
            resolver(db, caller, id, "descartada", null);
            audit.record(caller, "orfa.descartar", "mensagem_orfa", id.toString());
            return view(db, caller.tenantId(), id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot discard the orphan message: " + e.getMessage(), e);
        }
    }

    private record Pendente(
            String canal, String remetente, String texto, String providerMessageId, Instant recebidaEm) {}

    private static Pendente pendente(Connection db, UUID tenantId, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT canal, remetente, texto, provider_message_id,"
                        + " recebida_em, status FROM nigredo_leads.mensagens_orfas WHERE id = ? AND tenant_id = ? FOR UPDATE")) {
            select.setObject(1, id);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no orphan message " + id);
                }
                if (!"pendente".equals(row.getString("status"))) {
                    throw new Conflict("the orphan message is " + row.getString("status") + " already");
                }
                return new Pendente(
                        row.getString("canal"),
                        row.getString("remetente"),
                        row.getString("texto"),
                        row.getString("provider_message_id"),
                        row.getTimestamp("recebida_em").toInstant());
            }
        }
    }

    private static boolean leadDoTenant(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM nigredo_leads.leads WHERE id = ? AND tenant_id = ?)")) {
            select.setObject(1, leadId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private void resolver(Connection db, Caller caller, UUID id, String status, UUID leadId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.mensagens_orfas SET status = ?,"
                + " lead_id = ?, resolvida_por = ?, resolvida_em = ? WHERE id = ? AND tenant_id = ?")) {
            update.setString(1, status);
            update.setObject(2, leadId);
            update.setObject(3, caller.userId());
            update.setTimestamp(4, Timestamp.from(clock.instant()));
            update.setObject(5, id);
            update.setObject(6, caller.tenantId());
            update.executeUpdate();
        }
    }

    private static OrfaView view(Connection db, UUID tenantId, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT " + COLUNAS + " FROM nigredo_leads.mensagens_orfas o WHERE o.id = ? AND o.tenant_id = ?")) {
            select.setObject(1, id);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return view(row);
            }
        }
    }

    private static OrfaView view(ResultSet row) throws SQLException {
        return new OrfaView(
                row.getObject("id", UUID.class),
                row.getString("canal"),
                row.getString("remetente"),
                row.getString("texto"),
                row.getTimestamp("recebida_em").toInstant(),
                row.getString("status"),
                row.getObject("lead_id", UUID.class),
                row.getObject("interacao_id", UUID.class),
                Optional.ofNullable(row.getTimestamp("resolvida_em"))
                        .map(Timestamp::toInstant)
                        .orElse(null));
    }
}
