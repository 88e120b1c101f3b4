package ai.alquimista.nigredo.enriquecimento.control;

import ai.alquimista.nigredo.enriquecimento.boundary.Enriquecimento;
import ai.alquimista.nigredo.enriquecimento.boundary.EnriquecimentoDoLead;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/** Asks the CNPJ provider about one pending lead, in its own transaction, so a slow provider holds one row only. */
@Stateless
public class ConsultaPendente {

    /** How long a lead waits before the provider is asked again after it was unavailable. */
    static final Duration ESPERA = Duration.ofMinutes(10);

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Enriquecimento enriquecimento;

    @Inject
    Clock clock;

    /** @return whether a pending lead was due (and is now enriched, not found, or pending for later) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean proxima() {
        Instant agora = clock.instant();
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = EnriquecimentoDoLead.proximoPendente(db, agora);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return false;
            }
            UUID leadId = row.getObject("id", UUID.class);
            EnriquecimentoDoLead.aplicar(
                    db, leadId, enriquecimento.consultar(row.getString("cnpj")), agora.plus(ESPERA));
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot enrich a pending lead: " + e.getMessage(), e);
        }
    }
}
