package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.disparo.control.Ritmo;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** What another component may tell Disparo about pace, inside the caller's transaction. */
@Dependent
public class RitmoDoDisparo {

    @Inject
    RelogioDoDisparo relogio;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    /** A campaign of the tenant is active again: its scheduled sends are due from now on. */
    public void retomar(UUID tenantId) {
        try (Connection db = dataSource.getConnection()) {
            Ritmo.acordar(db, tenantId, relogio.clock().instant());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot wake the pace of tenant " + tenantId + ": " + e.getMessage(), e);
        }
    }
}
