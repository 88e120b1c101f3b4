package ai.alquimista.nigredo.recebimento.boundary;

import static ai.alquimista.testing.ImportBuilder.anImport;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.nigredo.recebimento.control.RecebimentoBeans;
import ai.alquimista.nigredo.recebimento.events.LeadsImportados;
import ai.alquimista.nigredo.recebimento.events.RecebimentoConcluido;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.PublishedEvents;
import ai.alquimista.testing.SimulatedClock;
import ai.alquimista.testing.Transaction;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chain watchdog's part in Recebimento: an import whose next chunk was lost (a restart of an in-memory queue, a
 * dead-lettered message) is resumed from the database and finished with every lead received once, even when the
 * lost message was only slow and arrives too; an import still making progress is left alone; two instances racing
 * resume a chain once; a poison import is given up; a finished import Estratégia never planned is handed to it again.
 */
class ImportChainsTest {

    private static final Duration STALL = Duration.ofSeconds(120);
    private static final int MAX_RESUMPTIONS = 5;
    private static final int ROWS = 1_200; // three chunks of at most 500

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T10:00");
    private final PublishedEvents published = new PublishedEvents();
    private int seen;
    private final List<String> audited = new java.util.ArrayList<>();
    private static final OperatorCaller OPERADOR =
            new OperatorCaller(UUID.fromString("0b0e0000-0000-4000-8000-000000000009"), "198.51.100.7", "console");
    private UUID tenant;

    @BeforeEach
    void aTenantReceivingAndPlanningLeads() throws SQLException {
        tenant = aTenant().insert(database);
        Timestamp yesterday = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        database.execute(
                "INSERT INTO alquimista_platform.agent_activations (tenant_id, agent_id, activated_at)"
                        + " VALUES (?, 'nigredo-recebimento', ?), (?, 'nigredo-estrategia', ?)",
                tenant,
                yesterday,
                tenant,
                yesterday);
    }

    @Test
    void anImportWhoseNextChunkWasLostIsResumedAndFinishedWithEveryLeadOnce() throws SQLException {
        UUID importacao = anImportAcceptedNow();
        Deque<LeadsImportados> queue = new ArrayDeque<>();
        deliver(new LeadsImportados(importacao), queue);
        LeadsImportados slowOriginal = queue.removeFirst();
        chunksAskedForSinceLastLook();
        assertThat(queue)
                .as("the second chunk's message is held back: lost, or only slow")
                .isEmpty();

        clock.advance(STALL.plusSeconds(30));
        assertThat(resumeReceiving(chains(database.dataSource()))).isEqualTo(1);
        queue.addAll(chunksAskedForSinceLastLook());
        queue.add(slowOriginal);
        assertThat(queue)
                .as("the resumed chunk and the slow original, both delivered")
                .hasSize(2);
        while (!queue.isEmpty()) {
            deliver(queue.removeFirst(), queue);
        }

        assertThat(database.count("SELECT count(*) FROM nigredo_leads.leads WHERE import_id = ?", importacao))
                .isEqualTo(ROWS);
        assertThat(database.count(
                        "SELECT count(DISTINCT dedupe_key) FROM nigredo_leads.leads WHERE import_id = ?", importacao))
                .isEqualTo(ROWS);
        assertThat(database.row(
                        "SELECT status, processed_rows, accepted, duplicates, resumptions FROM nigredo_leads.imports"
                                + " WHERE id = ?",
                        importacao))
                .containsEntry("status", "concluido")
                .containsEntry("processed_rows", ROWS)
                .containsEntry("accepted", ROWS)
                .containsEntry("duplicates", 0)
                .containsEntry("resumptions", 1);
        assertThat(published.all())
                .filteredOn(p -> p.event() instanceof RecebimentoConcluido)
                .as("Estratégia is told once")
                .hasSize(1);
        clock.advance(STALL.multipliedBy(2));
        assertThat(resumeReceiving(chains(database.dataSource())))
                .as("a finished import is never resumed")
                .isZero();
    }

    @Test
    void anImportStillMakingProgressIsNotResumedBeforeTheStallTime() throws SQLException {
        UUID importacao = anImportAcceptedNow();
        Deque<LeadsImportados> queue = new ArrayDeque<>();
        clock.advance(Duration.ofSeconds(100));
        deliver(new LeadsImportados(importacao), queue);
        chunksAskedForSinceLastLook();

        clock.advance(STALL.minusSeconds(1));
        assertThat(resumeReceiving(chains(database.dataSource())))
                .as("its last chunk was received 119 s ago")
                .isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(resumeReceiving(chains(database.dataSource()))).isEqualTo(1);
        assertThat(chunksAskedForSinceLastLook()).containsExactly(new LeadsImportados(importacao));
    }

    @Test
    void twoWatchdogsRacingResumeAStalledChainOnce() throws Exception {
        UUID importacao = anImportAcceptedNow();
        clock.advance(STALL.plusSeconds(1));

        int first;
        int second;
        try (Transaction instanciaA = database.begin();
                Transaction instanciaB = database.begin()) {
            first = resumeReceiving(chains(instanciaA.dataSource()));
            second = resumeReceiving(chains(instanciaB.dataSource()));
            instanciaA.commit();
            instanciaB.commit();
        }
        int afterTheFirstCommitted = resumeReceiving(chains(database.dataSource()));

        assertThat(List.of(first, second, afterTheFirstCommitted)).containsExactly(1, 0, 0);
        assertThat(chunksAskedForSinceLastLook()).containsExactly(new LeadsImportados(importacao));
        assertThat(database.value(
                        "SELECT resumptions FROM nigredo_leads.imports WHERE id = ?", Integer.class, importacao))
                .isEqualTo(1);

        clock.advance(STALL.plusSeconds(1));
        assertThat(resumeReceiving(chains(database.dataSource())))
                .as("still stalled a whole stall window after its resumption: resumed again")
                .isEqualTo(1);
    }

    @Test
    void aPoisonImportIsGivenUpAfterItsLastResumptionAndCounted() throws SQLException {
        anImportAcceptedNow();
        ImportChains chains = chains(database.dataSource());
        for (int i = 0; i < MAX_RESUMPTIONS; i++) {
            clock.advance(STALL.plusSeconds(1));
            assertThat(resumeReceiving(chains)).isEqualTo(1);
        }
        clock.advance(STALL.plusSeconds(1));

        assertThat(resumeReceiving(chains)).isZero();
        assertThat(chains.stalled(clock.instant().minus(STALL), MAX_RESUMPTIONS))
                .isEqualTo(new StalledImports(0, 0, 1));
    }

    @Test
    void aFinishedImportEstrategiaNeverPlannedIsHandedToItAgainUntilPlanned() throws SQLException {
        UUID importacao = anImportAcceptedNow();
        Deque<LeadsImportados> queue = new ArrayDeque<>(List.of(new LeadsImportados(importacao)));
        while (!queue.isEmpty()) {
            deliver(queue.removeFirst(), queue);
        }
        chunksAskedForSinceLastLook();
        ImportChains chains = chains(database.dataSource());

        clock.advance(STALL.minusSeconds(1));
        assertThat(chains.stalled(clock.instant().minus(STALL), MAX_RESUMPTIONS))
                .isEqualTo(new StalledImports(0, 0, 0));
        assertThat(resumePlanning(chains)).isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(chains.stalled(clock.instant().minus(STALL), MAX_RESUMPTIONS))
                .isEqualTo(new StalledImports(0, 1, 0));
        assertThat(chains.list(clock.instant().minus(STALL), MAX_RESUMPTIONS, 100))
                .extracting(StalledImport::chain, StalledImport::givenUp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("planning", false));
        assertThat(resumePlanning(chains)).isEqualTo(1);
        assertThat(eventsSinceLastLook())
                .singleElement()
                .isInstanceOfSatisfying(RecebimentoConcluido.class, concluido -> {
                    assertThat(concluido.importId()).isEqualTo(importacao);
                    assertThat(concluido.summary().segmentos()).containsEntry("*|*|*", ROWS);
                });

        // what Estratégia's planning records (PlanejamentoQuery.marcarPlanejada)
        database.execute(
                "UPDATE nigredo_leads.imports SET planned_at = ? WHERE id = ?",
                Timestamp.from(clock.instant()),
                importacao);
        clock.advance(STALL.plusSeconds(1));
        assertThat(resumePlanning(chains))
                .as("planned: Estratégia is not told again")
                .isZero();
    }

    @Test
    void anOperatorSeesTheImportTheWatchdogGaveUpOnAndResumesItOnce() throws SQLException {
        UUID importacao = anImportAcceptedNow();
        ImportChains chains = chains(database.dataSource());
        for (int i = 0; i < MAX_RESUMPTIONS; i++) {
            clock.advance(STALL.plusSeconds(1));
            resumeReceiving(chains);
        }
        clock.advance(STALL.plusSeconds(1));
        eventsSinceLastLook();

        assertThat(chains.list(clock.instant().minus(STALL), MAX_RESUMPTIONS, 100))
                .singleElement()
                .satisfies(stalled -> {
                    assertThat(stalled.importId()).isEqualTo(importacao);
                    assertThat(stalled.tenantId()).isEqualTo(tenant);
                    assertThat(stalled.chain()).isEqualTo("import");
                    assertThat(stalled.givenUp()).isTrue();
                    assertThat(stalled.resumptions()).isEqualTo(MAX_RESUMPTIONS);
                    assertThat(stalled.totalRows()).isEqualTo(ROWS);
                    assertThat(stalled.stalledSince()).isEqualTo(clock.instant().minus(STALL.plusSeconds(1)));
                });

        String chain = chains.resumeForOperator(importacao, clock.instant().minus(STALL), clock.instant(), OPERADOR);

        assertThat(chain).isEqualTo("import");
        assertThat(chunksAskedForSinceLastLook()).containsExactly(new LeadsImportados(importacao));
        assertThat(audited).containsExactly("operator.chain.resume import " + importacao + " of " + tenant);
        assertThat(database.value(
                        "SELECT resumptions FROM nigredo_leads.imports WHERE id = ?", Integer.class, importacao))
                .as("the watchdog watches it again")
                .isZero();
        assertThat(chains.list(clock.instant().minus(STALL), MAX_RESUMPTIONS, 100))
                .isEmpty();
        assertThatThrownBy(() ->
                        chains.resumeForOperator(importacao, clock.instant().minus(STALL), clock.instant(), OPERADOR))
                .as("just resumed: not stalled")
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> chains.resumeForOperator(
                        UUID.randomUUID(), clock.instant().minus(STALL), clock.instant(), OPERADOR))
                .isInstanceOf(Conflict.class);
    }

    private UUID anImportAcceptedNow() throws SQLException {
        UUID importacao = anImport(tenant)
                .rows(IntStream.rangeClosed(1, ROWS)
                        .mapToObj(ImportChainsTest::linha)
                        .toList())
                .insert(database);
        database.execute(
                "UPDATE nigredo_leads.imports SET created_at = ? WHERE id = ?",
                Timestamp.from(clock.instant()),
                importacao);
        return importacao;
    }

    private static JsonObject linha(int n) {
        return Json.createObjectBuilder()
                .add("empresa", "Padaria " + n)
                .add("contato", "Maria " + n)
                .add("email", "maria" + n + "@padaria" + n + ".com.br")
                .build();
    }

    /** The Recebimento agent receiving one message in its transaction; the next chunk it asks for joins the queue. */
    private void deliver(LeadsImportados message, Deque<LeadsImportados> queue) throws SQLException {
        int before = published.all().size();
        database.commit(db -> recebimento(database.dataSource()).receiveChunk(message.importId(), tenant));
        published.all().subList(before, published.all().size()).stream()
                .map(PublishedEvents.Published::event)
                .filter(LeadsImportados.class::isInstance)
                .map(LeadsImportados.class::cast)
                .forEach(queue::add);
    }

    private List<AgentEvent> eventsSinceLastLook() {
        List<AgentEvent> events = published.all().subList(seen, published.all().size()).stream()
                .map(PublishedEvents.Published::event)
                .toList();
        seen = published.all().size();
        return events;
    }

    private List<LeadsImportados> chunksAskedForSinceLastLook() {
        return eventsSinceLastLook().stream()
                .filter(LeadsImportados.class::isInstance)
                .map(LeadsImportados.class::cast)
                .toList();
    }

    private int resumeReceiving(ImportChains chains) {
        return chains.resumeReceiving(clock.instant().minus(STALL), clock.instant(), MAX_RESUMPTIONS);
    }

    private int resumePlanning(ImportChains chains) {
        return chains.resumePlanning(clock.instant().minus(STALL), clock.instant(), MAX_RESUMPTIONS);
    }

    private ImportChains chains(DataSource dataSource) {
        ImportChains chains = new ImportChains();
        chains.stalled = RecebimentoBeans.stalledImports(dataSource);
        chains.imports = RecebimentoBeans.importProcessing(dataSource, clock);
        chains.events = published;
        chains.audit = new AuditTrail() {
            @Override
            public void recordOperatorAct(
                    OperatorCaller operator, UUID tenantId, String action, String targetType, String targetId) {
                audited.add(action + " " + targetType + " " + targetId + " of " + tenantId);
            }
        };
        return chains;
    }

    private RecebimentoService recebimento(DataSource dataSource) {
        RecebimentoService service = new RecebimentoService();
        service.imports = RecebimentoBeans.importProcessing(dataSource, clock);
        service.events = published;
        return service;
    }
}
