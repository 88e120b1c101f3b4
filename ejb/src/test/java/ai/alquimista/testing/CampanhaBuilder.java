package ai.alquimista.testing;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.Variante;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A campaign (nigredo_leads.campanhas) with its leads (campanha_leads), by default aprovada, on WhatsApp, with the
 * default messages of every stage and variant.
 */
public final class CampanhaBuilder {

    private record CampanhaLead(UUID leadId, CanalDeEnvio canal, Variante variante) {}

    private final UUID tenantId;
    private String nome = "Padarias de São Paulo";
    private String canal = "whatsapp";
    private String status = "aprovada";
    private String mensagens = Roteiro.padrao().toJson().toString();
    private final List<CampanhaLead> leads = new ArrayList<>();

    private CampanhaBuilder(UUID tenantId) {
        this.tenantId = tenantId;
    }

    public static CampanhaBuilder aCampanha(UUID tenantId) {
        return new CampanhaBuilder(tenantId);
    }

    public CampanhaBuilder nome(String nome) {
        this.nome = nome;
        return this;
    }

    /** whatsapp, email or multi. */
    public CampanhaBuilder canal(String canal) {
        this.canal = canal;
        return this;
    }

    /** rascunho, aprovada, ativa, pausada or concluida. */
    public CampanhaBuilder status(String status) {
        this.status = status;
        return this;
    }

    /** The campaign's messages as stored: {@code {"topo": {"A": {...}, "B": {...}}, ...}}. */
    public CampanhaBuilder mensagens(String json) {
        this.mensagens = json;
        return this;
    }

    /** The lead is in the campaign, variant A, on WhatsApp. */
    public CampanhaBuilder lead(UUID leadId) {
        return lead(leadId, CanalDeEnvio.whatsapp, Variante.A);
    }

    public CampanhaBuilder lead(UUID leadId, CanalDeEnvio canal, Variante variante) {
        leads.add(new CampanhaLead(leadId, canal, variante));
        return this;
    }

    public UUID insert(Connection db) throws SQLException {
        UUID id = UUID.randomUUID();
        Sql.update(
                db,
                "INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, segmento, canal, mensagens, status)"
                        + " VALUES (?, ?, ?, 'alimentacao|*|*', ?, ?::jsonb, ?)",
                id,
                tenantId,
                nome,
                canal,
                mensagens,
                status);
        for (CampanhaLead lead : leads) {
            Sql.update(
                    db,
                    "INSERT INTO nigredo_leads.campanha_leads (campanha_id, lead_id, tenant_id, variante, canal)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    id,
                    lead.leadId(),
                    tenantId,
                    lead.variante(),
                    lead.canal());
        }
        return id;
    }

    public UUID insert(EmbeddedDatabase database) throws SQLException {
        return database.inTransaction(this::insert);
    }
}
