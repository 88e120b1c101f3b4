package ai.alquimista.nigredo.estrategia;

import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.testing.JpaDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One tenant's world for Estratégia's tests, committed on the embedded database: the company, the agents it
 * activated, the leads of one import. Each test builds its own, so tests never see each other's rows.
 */
public final class Cenario {

    private final JpaDatabase db;
    private final UUID tenant = UUID.randomUUID();
    private final UUID importId = UUID.randomUUID();

    private Cenario(JpaDatabase db, String empresa) {
        this.db = db;
        db.execute("INSERT INTO alquimista_platform.tenants (id, company_name) VALUES (?, ?)", tenant, empresa);
    }

    public static Cenario daEmpresa(JpaDatabase db, String empresa) {
        return new Cenario(db, empresa);
    }

    /** @param agentes catalog ids, as {@code nigredo-disparo} */
    public Cenario comAgentes(String... agentes) {
        for (String agente : agentes) {
            db.execute(
                    "INSERT INTO alquimista_platform.agent_activations (tenant_id, agent_id) VALUES (?, ?)",
                    tenant,
                    agente);
        }
        return this;
    }

    /** A lead Recebimento stored from this scenario's import. */
    public UUID lead(LeadDoImport lead) {
        return lead(lead, importId);
    }

    /** A lead that came alone, as {@code POST /api/leads} sends them: an import of its own. */
    public Avulso leadAvulso(LeadDoImport lead) {
        UUID importacao = UUID.randomUUID();
        return new Avulso(lead(lead, importacao), importacao);
    }

    /** A lead and the one-lead import that brought it. */
    public record Avulso(UUID lead, UUID importacao) {}

    /** A lead Recebimento stored from the given import. */
    public UUID lead(LeadDoImport lead, UUID importacao) {
        UUID id = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa, contato, telefone, email, setor, porte,"
                        + " whatsapp_opt_in, status, import_id, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " CAST(? AS jsonb))",
                id,
                tenant,
                lead.empresa,
                lead.contato,
                lead.telefone,
                lead.email,
                lead.setor,
                lead.porte,
                lead.optIn,
                lead.status,
                importacao,
                lead.segmento == null ? "{}" : "{\"segmento\": \"" + lead.segmento + "\"}");
        return id;
    }

    /** Estratégia planned the import (as after Recebimento completed it): the largest segment's draft. */
    public UUID rascunhoPlanejado(Instant agora) {
        return db.inTransaction(() -> Componentes.planejamento(db).planejar(importId, tenant, agora))
                .get(0);
    }

    /** Estratégia planned the import, in its own transaction: the campaigns its leads are in, one per segment. */
    public List<UUID> planejado(UUID importacao, Instant agora) {
        return db.inTransaction(() -> Componentes.planejamento(db).planejar(importacao, tenant, agora));
    }

    /** A person approved the campaign and Disparo made it ativa; {@code inscricaoAutomatica} as the person set it. */
    public void ativa(UUID campanha, boolean inscricaoAutomatica, Instant aprovadaEm) {
        db.execute(
                "UPDATE nigredo_leads.campanhas SET status = 'ativa', approved_by = 'gil@alquimia.com.br',"
                        + " approved_at = ?, inscricao_automatica = ? WHERE id = ? AND tenant_id = ?",
                Timestamp.from(aprovadaEm),
                inscricaoAutomatica,
                campanha,
                tenant);
    }

    /** The recipient is on the tenant's blocklist (an address, or a whole domain with {@code @dominio}). */
    public void bloqueado(String email) {
        if (email.startsWith("@")) {
            db.execute(
                    "INSERT INTO nigredo_leads.blocklist (id, tenant_id, dominio, motivo) VALUES (?, ?, ?, 'teste')",
                    UUID.randomUUID(),
                    tenant,
                    email.substring(1));
        } else {
            db.execute(
                    "INSERT INTO nigredo_leads.blocklist (id, tenant_id, email, motivo) VALUES (?, ?, ?, 'teste')",
                    UUID.randomUUID(),
                    tenant,
                    email);
        }
    }

    /** How many campaigns the tenant has, whatever their status. */
    public long campanhas() {
        return db.count("SELECT count(*) FROM nigredo_leads.campanhas WHERE tenant_id = ?", tenant);
    }

    /** The tenant's drafts. */
    public long rascunhos() {
        return db.count(
                "SELECT count(*) FROM nigredo_leads.campanhas WHERE tenant_id = ? AND status = 'rascunho'", tenant);
    }

    /** How many leads the campaign holds. */
    public long leadsDa(UUID campanha) {
        return db.count(
                "SELECT count(*) FROM nigredo_leads.campanha_leads WHERE campanha_id = ? AND tenant_id = ?",
                campanha,
                tenant);
    }

    public String nomeDa(UUID campanha) {
        return db.text("SELECT nome FROM nigredo_leads.campanhas WHERE id = ? AND tenant_id = ?", campanha, tenant);
    }

    /** A send as Disparo writes it, due at {@code dueAt}; sent at {@code sentAt} unless that is null. Its id. */
    public UUID envio(UUID campanha, UUID lead, String etapa, String status, Instant dueAt, Instant sentAt) {
        UUID id = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.envios (id, tenant_id, campanha_id, lead_id, etapa, variante, canal,"
                        + " destinatario, idempotency_key, status, due_at, sent_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'A', 'email', 'contato@empresa.com.br', ?, ?, ?, ?)",
                id,
                tenant,
                campanha,
                lead,
                etapa,
                lead + ":" + campanha + ":" + etapa,
                status,
                Timestamp.from(dueAt),
                sentAt == null ? null : Timestamp.from(sentAt));
        return id;
    }

    public String statusDa(UUID campanha) {
        return db.text("SELECT status FROM nigredo_leads.campanhas WHERE id = ? AND tenant_id = ?", campanha, tenant);
    }

    /** How many times the tenant's audit log recorded the action on the campaign. */
    public long auditado(String action, UUID campanha) {
        return db.count(
                "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ? AND action = ?"
                        + " AND target_type = 'campanha' AND target_id = ?",
                tenant,
                action,
                campanha.toString());
    }

    /** A manager of the tenant, signed in. */
    public Caller gestor(String email) {
        return new Caller(UUID.randomUUID(), tenant, email, Role.manager, "203.0.113.10", "junit");
    }

    public UUID tenant() {
        return tenant;
    }

    public UUID importId() {
        return importId;
    }

    /** A lead as a spreadsheet row made it: a company, and whatever else the row had. */
    public static final class LeadDoImport {

        private final String empresa;
        private String contato;
        private String telefone;
        private String email;
        private String setor;
        private String porte;
        private String optIn;
        private String segmento;
        private String status = "novo";

        private LeadDoImport(String empresa) {
            this.empresa = empresa;
        }

        public static LeadDoImport empresa(String empresa) {
            return new LeadDoImport(empresa);
        }

        public LeadDoImport contato(String contato) {
            this.contato = contato;
            return this;
        }

        public LeadDoImport telefone(String telefone) {
            this.telefone = telefone;
            return this;
        }

        public LeadDoImport email(String email) {
            this.email = email;
            return this;
        }

        /** The WhatsApp opt-in evidence the row carried. */
        public LeadDoImport optIn(String evidencia) {
            this.optIn = evidencia;
            return this;
        }

        /** Sector, size and the segment key Recebimento derived from them. */
        public LeadDoImport segmento(String setor, String porte, String chave) {
            this.setor = setor;
            this.porte = porte;
            this.segmento = chave;
            return this;
        }

        public LeadDoImport descadastrado() {
            this.status = "descadastrado";
            return this;
        }
    }
}
