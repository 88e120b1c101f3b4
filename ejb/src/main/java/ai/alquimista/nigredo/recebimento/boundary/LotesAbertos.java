package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.recebimento.control.ImportRowWriter;
import ai.alquimista.nigredo.recebimento.control.LotesAbertosQuery;
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
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * A post of a few leads is cheap: its rows join the tenant's open lote (one import for every small post of the
 * moment) and the post's transaction ends there; {@link LotesAbertosTimer} closes a lote a few hundred
 * milliseconds after it opened and hands it to Recebimento as one import. So a busy integration posting one lead
 * at a time starts one chain of agents per lote, not one per lead.
 */
@Stateless
public class LotesAbertos {

    /** The most leads one post may bring into the open lote ({@code alquimista.recebimento.lote-max-leads}). */
    public static final int MAX_LEADS = 100;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    LeadIntake intake;

    @Inject
    EventIntake events;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ImportReceipt receber(Caller caller, List<JsonObject> leads) {
        if (leads.isEmpty() || leads.size() > MAX_LEADS) {
            throw new IllegalArgumentException("a lote takes 1 to " + MAX_LEADS + " leads, not " + leads.size());
        }
        intake.requireRecebimento(caller);
        LotesAbertosQuery.Lugar lugar;
        try (Connection db = dataSource.getConnection()) {
            lugar = LotesAbertosQuery.juntar(db, caller.tenantId(), leads.size(), clock.instant());
            int refused;
            try (ImportRowWriter writer = new ImportRowWriter(db, lugar.importId())) {
                for (int i = 0; i < leads.size(); i++) {
                    writer.write(Linha.lida(lugar.firstRow() + i, leads.get(i)));
                }
                refused = writer.refused();
            }
            if (refused > 0) {
                LotesAbertosQuery.recusadas(db, lugar.importId(), refused);
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
        return ImportReceipt.ofLote(lugar.importId(), leads.size(), lugar.firstRow());
    }

    /** Closes the lotes open for at least {@code age} and hands each to Recebimento; how many closed. */
    public int fechar(Duration age) {
        try (Connection db = dataSource.getConnection()) {
            List<LotesAbertosQuery.LoteFechado> closed =
                    LotesAbertosQuery.fechar(db, clock.instant().minus(age));
            closed.forEach(lote -> events.publish(new LeadsImportados(lote.importId()), lote.tenantId()));
            return closed.size();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the open lotes: " + e.getMessage(), e);
        }
    }
}
