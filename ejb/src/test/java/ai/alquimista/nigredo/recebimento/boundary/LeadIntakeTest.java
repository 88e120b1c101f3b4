package ai.alquimista.nigredo.recebimento.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.FiredEvents;
import ai.alquimista.nigredo.recebimento.control.ImportProcessing;
import ai.alquimista.nigredo.recebimento.control.ImportSettings;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.testing.JpaDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A large upload is handed to Recebimento as several chains of chunk messages that work side by side; a small one
 * as one chain, and a file whose every row was refused still gets the one chain that completes it.
 */
class LeadIntakeTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private final LeadIntake intake = intake(4);

    @Test
    void aLargeFileStartsAsManyChainsAsAreConfigured() {
        Caller vendas = manager(Cenario.daEmpresa(db, "Atacado Grande Ltda").comAgentes("nigredo-recebimento"));

        ImportReceipt receipt = db.inTransaction(
                () -> intake.accept(vendas, "csv", "leads.csv", leads(ImportProcessing.CHUNK * 5 + 1)));

        assertThat(chainsStarted(receipt.importId())).isEqualTo(4);
    }

    @Test
    void aFileOfAFewChunksStartsOneChainPerChunk() {
        Caller vendas = manager(Cenario.daEmpresa(db, "Mercado Médio Ltda").comAgentes("nigredo-recebimento"));

        ImportReceipt receipt =
                db.inTransaction(() -> intake.accept(vendas, "csv", "leads.csv", leads(ImportProcessing.CHUNK + 1)));

        assertThat(chainsStarted(receipt.importId())).isEqualTo(2);
    }

    @Test
    void oneChainWhenConfiguredSoOrWhenEveryRowWasRefusedAtOnce() {
        Caller vendas = manager(Cenario.daEmpresa(db, "Padaria Pequena Ltda").comAgentes("nigredo-recebimento"));
        LeadIntake sequencial = intake(1);

        ImportReceipt grande = db.inTransaction(
                () -> sequencial.accept(vendas, "csv", "leads.csv", leads(ImportProcessing.CHUNK * 3)));
        ImportReceipt recusado = db.inTransaction(() -> intake.accept(
                vendas,
                "api",
                null,
                List.of(Json.createObjectBuilder().add("empresa", "Nul\u0000").build())));

        assertThat(chainsStarted(grande.importId())).isEqualTo(1);
        assertThat(db.count("SELECT rejected FROM nigredo_leads.imports WHERE id = ?", recusado.importId()))
                .as("refused at intake: a cell the database cannot store")
                .isEqualTo(1);
        assertThat(chainsStarted(recusado.importId())).isEqualTo(1);
    }

    private static List<JsonObject> leads(int count) {
        List<JsonObject> leads = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            leads.add(Json.createObjectBuilder()
                    .add("empresa", "Empresa " + i)
                    .add("contato", "Contato " + i)
                    .add("email", "contato" + i + "@empresa.com.br")
                    .build());
        }
        return leads;
    }

    private static long chainsStarted(UUID importId) {
        return db.count(
                "SELECT count(*) FROM fibonacci_core.events WHERE type = 'leads.imported'"
                        + " AND detail->>'import_id' = ?",
                importId.toString());
    }

    private static Caller manager(Cenario empresa) {
        return new Caller(
                UUID.randomUUID(), empresa.tenant(), "vendas@empresa.com.br", Role.manager, "203.0.113.5", "junit");
    }

    private static LeadIntake intake(int chains) {
        EntityManager em = db.entityManager();
        return Beans.wire(
                new LeadIntake(),
                db.dataSource(),
                Beans.wire(new ActivationGate(), em),
                Beans.wire(new EventIntake(), em, new FiredEvents<OutboxWritten>()),
                Beans.wire(new AuditTrail(), em),
                ImportSettings.withImportChains(chains));
    }
}
