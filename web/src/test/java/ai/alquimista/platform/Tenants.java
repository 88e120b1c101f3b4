package ai.alquimista.platform;

import ai.alquimista.platform.auth.Passwords;
import ai.alquimista.spine.Database;
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

    UUID lead(UUID tenant, String empresa, String status) {
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

    long count(String sql, Object... parameters) {
        return database.count(sql, parameters);
    }

    void execute(String sql, Object... parameters) {
        database.execute(sql, parameters);
    }
}
