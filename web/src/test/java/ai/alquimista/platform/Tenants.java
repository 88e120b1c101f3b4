package ai.alquimista.platform;

import ai.alquimista.nigredo.atendimento.CategoriaDeObjecao;
import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.ObjecaoRecorrente;
import ai.alquimista.nigredo.relatorios.Periodo;
import ai.alquimista.platform.auth.Passwords;
import ai.alquimista.spine.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test fixture: tenants and users written straight to the database, as an operator would provision them. */
public final class Tenants {

    public static final String PASSWORD = "Senha-forte-1";

    private final Database database = new Database();

    public UUID tenant(String companyName) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO alquimista_platform.tenants (id, company_name) VALUES (?, ?)", id, companyName);
        return id;
    }

    public UUID user(UUID tenant, String email, String role) {
        UUID id = UUID.randomUUID();
        execute(
                "INSERT INTO alquimista_platform.users (id, tenant_id, email, nome, role, password_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                id,
                tenant,
                email,
                email.split("@")[0],
                role,
                Passwords.hash(PASSWORD));
        return id;
    }

    public UUID lead(UUID tenant, String empresa, String status) {
        UUID id = UUID.randomUUID();
        execute(
                "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa, contato, email, status)"
                        + " VALUES (?, ?, ?, 'Contato', 'contato@" + id + ".com.br', ?)",
                id,
                tenant,
                empresa,
                status);
        return id;
    }

    /**
     * The daily report of a day, as Relatórios keeps it (nigredo_leads.metricas_diarias): 40 leads received, 32
     * contacted, 4 answered, price the main objection.
     */
    public LocalDate relatorioDiario(UUID tenant, LocalDate data) {
        MetricasFunil metricas = MetricasFunil.de(
                Periodo.dia(data),
                new ContagemDoFunil(40, 36, 32, 4, 3, 2, 1, 2, 1),
                List.of(ObjecaoRecorrente.de(CategoriaDeObjecao.preco, 5)),
                List.of("A objeção mais frequente foi sobre o preço (5 de 5 objeções)."));
        execute(
                "INSERT INTO nigredo_leads.metricas_diarias (id, tenant_id, data, metricas) VALUES (?, ?, ?, ?::jsonb)",
                UUID.randomUUID(),
                tenant,
                data,
                metricas.json().toString());
        return data;
    }

    /**
     * Every tenant's report of yesterday and today is already made (in its own time zone), so the daily report timer
     * writes nothing while a suite counts rows; a tenant of an earlier test class activated Relatórios too.
     */
    public void relatoriosJaFeitos() {
        execute("INSERT INTO nigredo_leads.relatorios_diarios (tenant_id, data, instancia, gestores)"
                + " SELECT t.id, (now() AT TIME ZONE COALESCE(t.time_zone, 'America/Sao_Paulo'))::date - d.dias,"
                + " 'fixture', 0 FROM alquimista_platform.tenants t CROSS JOIN (VALUES (0), (1)) AS d (dias)"
                + " ON CONFLICT DO NOTHING");
    }

    long count(String sql, Object... parameters) {
        return database.count(sql, parameters);
    }

    void execute(String sql, Object... parameters) {
        database.execute(sql, parameters);
    }
}
