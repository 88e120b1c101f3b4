package ai.alquimista.nigredo.titulares.boundary;

import ai.alquimista.nigredo.titulares.BaseLegal;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The consent and legal-basis record of each lead (LGPD art. 7): where the lead came from, on which basis it is
 * processed (legítimo interesse by default; consentimento with evidence), since when. Written by Recebimento at
 * import, edited by the tenant's managers, kept through an erasure with the identifiers as keyed hashes.
 */
@Stateless
public class Consentimentos {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What an import row says: consentimento when it carried opt-in evidence, else legítimo interesse. */
    public static void registrarNoImport(
            Connection db, UUID tenantId, UUID leadId, String fonte, String evidenciaDeOptIn, Instant agora)
            throws SQLException {
        boolean consentiu = evidenciaDeOptIn != null;
        gravar(
                db,
                tenantId,
                leadId,
                consentiu ? BaseLegal.consentimento : BaseLegal.legitimo_interesse,
                fonte,
                evidenciaDeOptIn,
                agora);
    }

    /** One imported lead's consent record: its row in the import, and its opt-in evidence (null: none). */
    public record DoImport(UUID leadId, String fonte, String evidenciaDeOptIn) {}

    /** {@link #registrarNoImport} for a chunk's leads in one round trip (a JDBC batch). */
    public static void registrarNoImport(Connection db, UUID tenantId, List<DoImport> registros, Instant agora)
            throws SQLException {
        if (registros.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = db.prepareStatement(UPSERT)) {
            for (DoImport registro : registros) {
                boolean consentiu = registro.evidenciaDeOptIn() != null;
                bind(
                        upsert,
                        tenantId,
                        registro.leadId(),
                        consentiu ? BaseLegal.consentimento : BaseLegal.legitimo_interesse,
                        registro.fonte(),
                        registro.evidenciaDeOptIn(),
                        agora);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    public ConsentimentoView ler(Caller caller, UUID leadId) {
        try (Connection db = dataSource.getConnection()) {
            ConsentimentoView view = view(db, caller.tenantId(), leadId);
            audit.record(caller, "lead.consentimento.leitura", "lead", leadId.toString());
            return view;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the consent of lead " + leadId + ": " + e.getMessage(), e);
        }
    }

    /** @param data when the basis took effect (the consent's date); now when null */
    public ConsentimentoView definir(
            Caller caller, UUID leadId, BaseLegal base, String fonte, String evidencia, Instant data) {
        try (Connection db = dataSource.getConnection()) {
            ConsentimentoView antes = view(db, caller.tenantId(), leadId);
            if (antes.anonimizadoEm() != null || apagado(db, caller.tenantId(), leadId)) {
                throw new Conflict("lead " + leadId + " was erased: its record keeps only hashes");
            }
            gravar(db, caller.tenantId(), leadId, base, fonte, evidencia, data == null ? clock.instant() : data);
            JsonObjectBuilder details =
                    Json.createObjectBuilder().add("base_legal", base.name()).add("fonte", fonte);
            if (antes.registrado()) {
                details.add("base_legal_anterior", antes.baseLegal());
            }
            audit.record(caller, "lead.consentimento", "lead", leadId.toString(), details.build());
            return view(db, caller.tenantId(), leadId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the consent of lead " + leadId + ": " + e.getMessage(), e);
        }
    }

    private static final String UPSERT = "INSERT INTO nigredo_leads.consentimentos (lead_id,"
            + " tenant_id, fonte, base_legal, evidencia, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, now())"
            + " ON CONFLICT (lead_id) DO UPDATE SET fonte = EXCLUDED.fonte, base_legal = EXCLUDED.base_legal,"
            + " evidencia = EXCLUDED.evidencia, data = EXCLUDED.data, updated_at = now()"
            + " WHERE consentimentos.tenant_id = EXCLUDED.tenant_id AND consentimentos.anonimizado_em IS NULL";

    private static void gravar(
            Connection db, UUID tenantId, UUID leadId, BaseLegal base, String fonte, String evidencia, Instant data)
            throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement(UPSERT)) {
            bind(upsert, tenantId, leadId, base, fonte, evidencia, data);
            upsert.executeUpdate();
        }
    }

    private static void bind(
            PreparedStatement upsert,
            UUID tenantId,
            UUID leadId,
            BaseLegal base,
            String fonte,
            String evidencia,
            Instant data)
            throws SQLException {
        upsert.setObject(1, leadId);
        upsert.setObject(2, tenantId);
        upsert.setString(3, fonte);
        upsert.setString(4, base.name());
        upsert.setString(5, evidencia);
        upsert.setTimestamp(6, Timestamp.from(data));
    }

    private static boolean apagado(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT telefone IS NULL AND email IS NULL"
                + " AND contato = 'ANONIMIZADO' FROM nigredo_leads.leads WHERE id = ? AND tenant_id = ?")) {
            select.setObject(1, leadId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** 404 for a lead that is not the tenant's. */
    private static ConsentimentoView view(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT c.base_legal, c.fonte, c.evidencia, c.data,"
                + " c.anonimizado_em, c.lead_id IS NOT NULL FROM nigredo_leads.leads l"
                + " LEFT JOIN nigredo_leads.consentimentos c ON c.lead_id = l.id AND c.tenant_id = l.tenant_id"
                + " WHERE l.id = ? AND l.tenant_id = ?")) {
            select.setObject(1, leadId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no lead " + leadId);
                }
                return new ConsentimentoView(
                        leadId,
                        row.getBoolean(6),
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        instant(row.getTimestamp(4)).orElse(null),
                        instant(row.getTimestamp(5)).orElse(null));
            }
        }
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }
}
