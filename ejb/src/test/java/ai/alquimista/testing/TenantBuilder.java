package ai.alquimista.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** A tenant (alquimista_platform.tenants): a supplier that prospects bakeries, by default active, in Brasília, with Disparo activated on defaults. */
public final class TenantBuilder {

    private String nome = "Forno Bom Distribuidora Ltda";
    private String fuso = SimulatedClock.BRASILIA.getId();
    private String status = "ativo";
    private String disparoSettings = "{}";

    private TenantBuilder() {}

    public static TenantBuilder aTenant() {
        return new TenantBuilder();
    }

    public TenantBuilder nome(String companyName) {
        this.nome = companyName;
        return this;
    }

    public TenantBuilder fuso(String timeZone) {
        this.fuso = timeZone;
        return this;
    }

    /** ativo, suspenso or cancelado. */
    public TenantBuilder status(String status) {
        this.status = status;
        return this;
    }

    /** Disparo activated with these settings (JSON), e.g. {@code {"limite_hora": 2}}. */
    public TenantBuilder disparo(String settings) {
        this.disparoSettings = settings;
        return this;
    }

    public TenantBuilder semDisparo() {
        this.disparoSettings = null;
        return this;
    }

    public UUID insert(Connection db) throws SQLException {
        UUID id = UUID.randomUUID();
        Sql.update(
                db,
                "INSERT INTO alquimista_platform.tenants (id, company_name, time_zone, status) VALUES (?, ?, ?, ?)",
                id,
                nome,
                fuso,
                status);
        if (disparoSettings != null) {
            Sql.update(
                    db,
                    "INSERT INTO alquimista_platform.agent_activations (tenant_id, agent_id, settings)"
                            + " VALUES (?, 'nigredo-disparo', ?::jsonb)",
                    id,
                    disparoSettings);
        }
        return id;
    }

    public UUID insert(EmbeddedDatabase database) throws SQLException {
        return database.inTransaction(this::insert);
    }
}
