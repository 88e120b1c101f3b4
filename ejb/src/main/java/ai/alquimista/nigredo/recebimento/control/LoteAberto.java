package ai.alquimista.nigredo.recebimento.control;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.recebimento.control.LotesAbertosQuery.Lugar;
import ai.alquimista.nigredo.recebimento.events.LeadsImportados;
import ai.alquimista.nigredo.recebimento.planilha.Linha;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A small post's two steps into the tenant's open lote, each its own transaction (see {@link LotesAbertosQuery}): no
 * post waits for another's commit, only for a lote being closed.
 */
@Stateless
public class LoteAberto {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    EventIntake events;

    @Inject
    Clock clock;

    /** Reserves the post's row numbers in the tenant's open lote, opening one if there is none. */
    public Lugar reservar(UUID tenantId, int rows) {
        try (Connection db = dataSource.getConnection()) {
            return LotesAbertosQuery.reservar(db, tenantId, rows, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reserve rows in the open lote: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the post's leads at the place reserved for them, and audits it; empty, with nothing written, when the
     * lote closed since the reservation (the post then reserves again, in the tenant's next lote).
     */
    public Optional<Lugar> juntar(Caller caller, Lugar lugar, List<JsonObject> leads) {
        try (Connection db = dataSource.getConnection()) {
            if (!LotesAbertosQuery.entrar(db, lugar.importId())) {
                return Optional.empty();
            }
            try (ImportRowWriter writer = new ImportRowWriter(db, lugar.importId())) {
                for (int i = 0; i < leads.size(); i++) {
                    writer.write(Linha.lida(lugar.firstRow() + i, leads.get(i)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take leads into the open lote: " + e.getMessage(), e);
        }
        audit.record(
                caller,
                "lead.import",
                "import",
                lugar.importId().toString(),
                Json.createObjectBuilder()
                        .add("source", "api")
                        .add("rows", leads.size())
                        .add("first_row", lugar.firstRow())
                        .build());
        return Optional.of(lugar);
    }

    /** Stops the lotes opened at or before {@code openedBy} taking posts; how many stopped. */
    public int encerrar(Instant openedBy) {
        try (Connection db = dataSource.getConnection()) {
            return LotesAbertosQuery.encerrar(db, openedBy);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stop the open lotes: " + e.getMessage(), e);
        }
    }

    /** Closes the lotes that stopped taking posts, once their last posts are written, and hands each to Recebimento. */
    public int fechar() {
        try (Connection db = dataSource.getConnection()) {
            List<LotesAbertosQuery.LoteFechado> closed = LotesAbertosQuery.fechar(db);
            closed.forEach(lote -> events.publish(new LeadsImportados(lote.importId()), lote.tenantId()));
            return closed.size();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the lotes: " + e.getMessage(), e);
        }
    }
}
