package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.testing.JpaDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A tenant with Relatórios active in its own time zone, its people, and its leads moving through the funnel at the
 * local times a test names: what the read model and the daily report are made from.
 */
final class EmpresaQueRecebeRelatorios {

    private final JpaDatabase db;
    private final UUID tenant = UUID.randomUUID();
    private final ZoneId fuso;

    private EmpresaQueRecebeRelatorios(JpaDatabase db, String nome, String fuso) {
        this.db = db;
        this.fuso = ZoneId.of(fuso);
        db.execute(
                "INSERT INTO alquimista_platform.tenants (id, company_name, time_zone) VALUES (?, ?, ?)",
                tenant,
                nome,
                fuso);
    }

    static EmpresaQueRecebeRelatorios em(JpaDatabase db, String nome, String fuso) {
        return new EmpresaQueRecebeRelatorios(db, nome, fuso);
    }

    EmpresaQueRecebeRelatorios comRelatorios() {
        db.execute(
                "INSERT INTO alquimista_platform.agent_activations (tenant_id, agent_id) VALUES (?, 'nigredo-relatorios')",
                tenant);
        return this;
    }

    EmpresaQueRecebeRelatorios usuario(String email, Role role) {
        db.execute(
                "INSERT INTO alquimista_platform.users (tenant_id, email, nome, role) VALUES (?, ?, ?, ?)",
                tenant,
                email,
                email.substring(0, email.indexOf('@')),
                role.name());
        return this;
    }

    /** A lead that arrived at this local time ({@code 2026-03-09T09:00}). */
    UUID leadRecebido(String quando) {
        UUID lead = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa, status, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'novo', ?, ?)",
                lead,
                tenant,
                "Padaria " + lead.toString().substring(0, 6),
                local(quando),
                local(quando));
        return lead;
    }

    /** The lead moves to a status at this local time, as the component that moves it writes it. */
    void avanca(UUID lead, String status, String quando) {
        db.execute(
                "UPDATE nigredo_leads.leads SET status = ?, updated_at = ? WHERE id = ?", status, local(quando), lead);
    }

    /** A reply Atendimento read as an objection of this category, at this local time. */
    void objecao(UUID lead, String categoria, String quando) {
        db.execute(
                "INSERT INTO nigredo_leads.interacoes (tenant_id, lead_id, tipo, canal, mensagem, intencao, objecao,"
                        + " created_at) VALUES (?, ?, 'recebido', 'whatsapp', 'Achei caro', 'objecao', ?, ?)",
                tenant,
                lead,
                categoria,
                local(quando));
    }

    Instant instante(String quando) {
        return LocalDateTime.parse(quando).atZone(fuso).toInstant();
    }

    Caller gestor() {
        return new Caller(UUID.randomUUID(), tenant, "gestora@empresa.com.br", Role.manager, "203.0.113.10", "junit");
    }

    UUID tenant() {
        return tenant;
    }

    private OffsetDateTime local(String quando) {
        return instante(quando).atOffset(ZoneOffset.UTC);
    }
}
