package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.nigredo.disparo.EnvioDeConversa;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import ai.alquimista.nigredo.disparo.control.AnexosDoEnvio;
import ai.alquimista.nigredo.disparo.control.EnviosDaContaQuery;
import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.disparo.control.Ritmo;
import ai.alquimista.nigredo.leads.Conta;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What a conversation asks of Disparo, inside the caller's transaction: send an answer or a confirmation through the
 * same dispatch as the campaigns (one send per idempotency key, the tenant's pace, the provider's rules), cancel a
 * lead's campaign stages, hold and release the sends to the other people of its company.
 */
@Dependent
public class EnviosDaConversa {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    RelogioDoDisparo relogio;

    /** @return the send's id, the one scheduled before when the same answer is scheduled again */
    public UUID programar(EnvioDeConversa envio) {
        Instant devido = relogio.clock().instant().plus(envio.pausa());
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.envios (id, tenant_id,"
                    + " lead_id, tipo, canal, destinatario, assunto, corpo, interacao_id, idempotency_key, status, due_at,"
                    + " anexos) SELECT ?, l.tenant_id, l.id, ?, ?, CASE WHEN ? = 'whatsapp' THEN l.telefone ELSE"
                    + " l.email END, ?, ?, ?, ?, 'agendado', ?, CAST(? AS jsonb) FROM nigredo_leads.leads l"
                    + " WHERE l.id = ? AND l.tenant_id = ?"
                    + " ON CONFLICT (idempotency_key) DO NOTHING")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, envio.tipo().name());
                insert.setString(3, envio.canal().name());
                insert.setString(4, envio.canal().name());
                insert.setString(5, envio.assunto());
                insert.setString(6, envio.corpo());
                insert.setObject(7, envio.interacaoId());
                insert.setString(8, envio.idempotencyKey());
                insert.setTimestamp(9, Timestamp.from(devido));
                insert.setString(10, AnexosDoEnvio.json(envio.anexos()));
                insert.setObject(11, envio.leadId());
                insert.setObject(12, envio.tenantId());
                insert.executeUpdate();
            }
            Ritmo.acordar(db, envio.tenantId(), devido);
            return programado(db, envio);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot schedule the conversation's send: " + e.getMessage(), e);
        }
    }

    private static UUID programado(Connection db, EnvioDeConversa envio) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id FROM nigredo_leads.envios WHERE idempotency_key = ? AND tenant_id = ?")) {
            select.setString(1, envio.idempotencyKey());
            select.setObject(2, envio.tenantId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("lead " + envio.leadId() + " has no address on " + envio.canal());
                }
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** Whether the answer of this type to the lead's message {@code interacaoId} was already scheduled. */
    public boolean programado(UUID tenantId, TipoDeEnvio tipo, UUID interacaoId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement(
                        "SELECT 1 FROM nigredo_leads.envios WHERE idempotency_key = ? AND tenant_id = ?")) {
            select.setString(1, tipo + ":" + interacaoId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up the conversation's send: " + e.getMessage(), e);
        }
    }

    /** The lead was disqualified: its campaign stages still to go are cancelled. */
    public int cancelarEtapas(UUID tenantId, UUID leadId, String motivo) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'cancelado',"
                        + " motivo = ? WHERE tenant_id = ? AND lead_id = ? AND tipo = 'campanha'"
                        + " AND status IN ('agendado', 'retido')")) {
            update.setString(1, motivo);
            update.setObject(2, tenantId);
            update.setObject(3, leadId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot cancel the lead's stages: " + e.getMessage(), e);
        }
    }

    /** @return how many sends to the company's other people are now held */
    public int reterDaConta(UUID tenantId, UUID leadId, Conta conta, String motivo) {
        if (!conta.conhecida()) {
            return 0;
        }
        try (Connection db = dataSource.getConnection()) {
            return EnviosDaContaQuery.reter(db, tenantId, leadId, conta, motivo);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hold the company's sends: " + e.getMessage(), e);
        }
    }

    /** A person said the company's other people may be contacted again: their held sends are due from now on. */
    public int liberarDaConta(UUID tenantId, UUID leadId, Conta conta) {
        if (!conta.conhecida()) {
            return 0;
        }
        try (Connection db = dataSource.getConnection()) {
            int liberados = EnviosDaContaQuery.liberar(
                    db, tenantId, leadId, conta, relogio.clock().instant());
            Ritmo.acordar(db, tenantId, relogio.clock().instant());
            return liberados;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the company's sends: " + e.getMessage(), e);
        }
    }

    public long retidosDaConta(UUID tenantId, UUID leadId, Conta conta) {
        if (!conta.conhecida()) {
            return 0;
        }
        try (Connection db = dataSource.getConnection()) {
            return EnviosDaContaQuery.retidos(db, tenantId, leadId, conta);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the company's held sends: " + e.getMessage(), e);
        }
    }
}
