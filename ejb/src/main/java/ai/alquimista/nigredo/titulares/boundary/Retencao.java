package ai.alquimista.nigredo.titulares.boundary;

import ai.alquimista.nigredo.titulares.control.EliminacaoQuery;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Retention (LGPD art. 15 and 16): the text of interações older than {@code alquimista.lgpd.retencao-interacoes-dias}
 * (730 by default) becomes {@value EliminacaoQuery#ANONIMIZADO}; the rows stay (dates, channel, sentiment) for the
 * metrics. One idempotent UPDATE per batch, so instances running it at once do no harm.
 */
@Stateless
public class Retencao {

    static final int LOTE = 5_000;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "alquimista.lgpd.retencao-interacoes-dias", defaultValue = "730")
    int dias;

    /** @return how many interações this batch anonymised (a full batch means there may be more) */
    public int anonimizarInteracoesAntigas() {
        if (dias <= 0) {
            throw new IllegalStateException("alquimista.lgpd.retencao-interacoes-dias must be positive: " + dias);
        }
        Instant limite = clock.instant().minus(Duration.ofDays(dias));
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.interacoes SET mensagem = '"
                        + EliminacaoQuery.ANONIMIZADO + "' WHERE id IN (SELECT id FROM nigredo_leads.interacoes"
                        + " WHERE created_at < ? AND mensagem IS DISTINCT FROM '" + EliminacaoQuery.ANONIMIZADO
                        + "' ORDER BY created_at LIMIT " + LOTE + " FOR UPDATE SKIP LOCKED)")) {
            update.setTimestamp(1, Timestamp.from(limite));
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply the interações' retention: " + e.getMessage(), e);
        }
    }
}
