package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.nigredo.relatorios.control.KpisQuery;
import ai.alquimista.nigredo.relatorios.control.KpisQuery.Figuras;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the executive KPIs ({@link KpisQuery}) for {@link KpisExecutivos}' gauges. An EJB, so its data source is its
 * own: the gauges are read on the metrics endpoint's thread, outside the application's naming environment, and in an
 * EAR Payara would not inject one into a bean created at start-up (payara/Payara#3453).
 */
@Stateless
public class KpisLeitura {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    public Map<UUID, Figuras> figuras(Instant agora, Duration sla) {
        try (Connection db = dataSource.getConnection()) {
            return KpisQuery.figuras(db, agora, sla);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the executive KPIs: " + e.getMessage(), e);
        }
    }
}
