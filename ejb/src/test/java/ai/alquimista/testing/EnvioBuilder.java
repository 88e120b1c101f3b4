package ai.alquimista.testing;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.Variante;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One planned message (nigredo_leads.envios) of a campaign to a lead, by default the topo stage, variant A, on
 * WhatsApp to the lead's phone (its e-mail address on the e-mail channel), agendado: give it {@link #devidoEm}, or
 * make it one already {@link #enviadoEm sent}.
 */
public final class EnvioBuilder {

    private final UUID tenantId;
    private final UUID campanhaId;
    private final UUID leadId;
    private Etapa etapa = Etapa.topo;
    private Variante variante = Variante.A;
    private CanalDeEnvio canal = CanalDeEnvio.whatsapp;
    private String destinatario;
    private String idempotencyKey;
    private String status = "agendado";
    private Instant dueAt;
    private Instant sentAt;

    private EnvioBuilder(UUID tenantId, UUID campanhaId, UUID leadId) {
        this.tenantId = tenantId;
        this.campanhaId = campanhaId;
        this.leadId = leadId;
    }

    public static EnvioBuilder anEnvio(UUID tenantId, UUID campanhaId, UUID leadId) {
        return new EnvioBuilder(tenantId, campanhaId, leadId);
    }

    public EnvioBuilder etapa(Etapa etapa) {
        this.etapa = etapa;
        return this;
    }

    public EnvioBuilder variante(Variante variante) {
        this.variante = variante;
        return this;
    }

    public EnvioBuilder canal(CanalDeEnvio canal) {
        this.canal = canal;
        return this;
    }

    public EnvioBuilder destinatario(String destinatario) {
        this.destinatario = destinatario;
        return this;
    }

    /** By default the lead + campanha + etapa key the scheduling gives it. */
    public EnvioBuilder idempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
        return this;
    }

    /** agendado, enviado, bloqueado, falhou or cancelado. */
    public EnvioBuilder status(String status) {
        this.status = status;
        return this;
    }

    public EnvioBuilder devidoEm(Instant dueAt) {
        this.dueAt = dueAt;
        return this;
    }

    /** Already sent then (status enviado). */
    public EnvioBuilder enviadoEm(Instant sentAt) {
        this.status = "enviado";
        this.sentAt = sentAt;
        this.dueAt = sentAt;
        return this;
    }

    public UUID insert(Connection db) throws SQLException {
        Objects.requireNonNull(dueAt, "an envio needs devidoEm or enviadoEm");
        UUID id = UUID.randomUUID();
        String key = idempotencyKey != null ? idempotencyKey : leadId + ":" + campanhaId + ":" + etapa;
        Sql.update(
                db,
                "INSERT INTO nigredo_leads.envios (id, tenant_id, campanha_id, lead_id, etapa, variante, canal,"
                        + " destinatario, idempotency_key, status, due_at, sent_at) SELECT ?, ?, ?, ?, ?, ?, ?,"
                        + " COALESCE(?, CASE WHEN ? = 'whatsapp' THEN l.telefone ELSE l.email END), ?, ?, ?, ?"
                        + " FROM nigredo_leads.leads l WHERE l.id = ?",
                id,
                tenantId,
                campanhaId,
                leadId,
                etapa,
                variante,
                canal,
                destinatario,
                canal,
                key,
                status,
                dueAt,
                sentAt,
                leadId);
        return id;
    }

    public UUID insert(EmbeddedDatabase database) throws SQLException {
        return database.inTransaction(this::insert);
    }
}
