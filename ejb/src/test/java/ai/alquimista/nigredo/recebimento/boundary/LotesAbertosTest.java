package ai.alquimista.nigredo.recebimento.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.FiredEvents;
import ai.alquimista.nigredo.recebimento.control.ImportSettings;
import ai.alquimista.nigredo.recebimento.control.LoteAberto;
import ai.alquimista.nigredo.recebimento.control.LotesAbertosQuery.Lugar;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.SimulatedClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An integration posting its leads one at a time: each post joins the tenant's open lote, and the lote goes to
 * Recebimento as one import when it has been open long enough.
 */
class LotesAbertosTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Duration LOTE = Duration.ofMillis(250);

    private final SimulatedClock clock = SimulatedClock.em("2026-11-30T10:00");
    private final LotesAbertos lotes = lotes(clock);

    @Test
    void leadsPostedOneByOneGoToRecebimentoAsOneImport() {
        Caller vendas = manager(Cenario.daEmpresa(db, "Padaria Lotes Ltda").comAgentes("nigredo-recebimento"));

        ImportReceipt primeiro = post(vendas, lead("Padaria A"));
        ImportReceipt segundo = post(vendas, lead("Padaria B"), lead("Padaria C"));

        assertThat(segundo.importId()).isEqualTo(primeiro.importId());
        assertThat(primeiro.firstRow()).isEqualTo(1);
        assertThat(segundo.firstRow()).isEqualTo(2);
        assertThat(statusOf(primeiro.importId())).isEqualTo("aberto");
        assertThat(handedToRecebimento(primeiro.importId())).isZero();

        clock.advance(LOTE);
        lotes.fechar(LOTE);

        assertThat(statusOf(primeiro.importId())).isEqualTo("recebido");
        assertThat(db.count("SELECT total_rows FROM nigredo_leads.imports WHERE id = ?", primeiro.importId()))
                .isEqualTo(3);
        assertThat(db.text(
                        "SELECT string_agg(row_number || ':' || (data->>'empresa'), ',' ORDER BY row_number)"
                                + " FROM nigredo_leads.import_rows WHERE import_id = ?",
                        primeiro.importId()))
                .isEqualTo("1:Padaria A,2:Padaria B,3:Padaria C");
        assertThat(handedToRecebimento(primeiro.importId())).isEqualTo(1);
    }

    @Test
    void aLoteClosesOnlyWhenItHasBeenOpenLongEnoughAndTheNextPostOpensAnother() {
        Caller vendas = manager(Cenario.daEmpresa(db, "Mercado Lotes Ltda").comAgentes("nigredo-recebimento"));
        ImportReceipt antes = post(vendas, lead("Mercado A"));

        clock.advance(Duration.ofMillis(100));
        lotes.fechar(LOTE);
        assertThat(statusOf(antes.importId())).isEqualTo("aberto");

        clock.advance(Duration.ofMillis(150));
        lotes.fechar(LOTE);
        ImportReceipt depois = post(vendas, lead("Mercado B"));

        assertThat(statusOf(antes.importId())).isEqualTo("recebido");
        assertThat(depois.importId()).isNotEqualTo(antes.importId());
        assertThat(depois.firstRow()).isEqualTo(1);
        assertThat(statusOf(depois.importId())).isEqualTo("aberto");
    }

    @Test
    void eachTenantHasItsOwnLote() {
        Caller padaria = manager(Cenario.daEmpresa(db, "Padaria Isolada Ltda").comAgentes("nigredo-recebimento"));
        Caller mercado = manager(Cenario.daEmpresa(db, "Mercado Isolado Ltda").comAgentes("nigredo-recebimento"));

        ImportReceipt daPadaria = post(padaria, lead("Da Padaria"));
        ImportReceipt doMercado = post(mercado, lead("Do Mercado"));

        assertThat(doMercado.importId()).isNotEqualTo(daPadaria.importId());
        assertThat(db.value("SELECT tenant_id FROM nigredo_leads.imports WHERE id = ?", doMercado.importId()))
                .isEqualTo(mercado.tenantId());
        assertThat(doMercado.firstRow()).isEqualTo(1);
    }

    @Test
    void aLeadWithACellTheDatabaseCannotStoreIsRefusedAtItsRowInTheLote() {
        Caller vendas = manager(Cenario.daEmpresa(db, "Loja Lotes Ltda").comAgentes("nigredo-recebimento"));
        post(vendas, lead("Loja A"));

        ImportReceipt recusado = post(vendas, lead("Loja\u0000B"));
        clock.advance(LOTE);
        lotes.fechar(LOTE);

        assertThat(db.text(
                        "SELECT total_rows || ' rows, ' || processed_rows || ' processed, ' || rejected || ' rejected'"
                                + " FROM nigredo_leads.imports WHERE id = ?",
                        recusado.importId()))
                .isEqualTo("2 rows, 1 processed, 1 rejected");
        assertThat(db.text(
                        "SELECT row_number || ':' || field FROM nigredo_leads.import_issues WHERE import_id = ?",
                        recusado.importId()))
                .isEqualTo("2:empresa");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.import_rows WHERE import_id = ?", recusado.importId()))
                .isEqualTo(1);
    }

    @Test
    void aTenantWithoutRecebimentoIsRefusedAndNothingIsWritten() {
        Caller vendas = manager(Cenario.daEmpresa(db, "Sem Recebimento Ltda"));

        assertThatThrownBy(() -> post(vendas, lead("Ninguém"))).isInstanceOf(Conflict.class);

        assertThat(db.count("SELECT count(*) FROM nigredo_leads.imports WHERE tenant_id = ?", vendas.tenantId()))
                .isZero();
    }

    @Test
    void postsRacingWithClosingLoseNoLeadAndCountNoneTwice() throws Exception {
        Caller vendas = manager(Cenario.daEmpresa(db, "Carga Lotes Ltda").comAgentes("nigredo-recebimento"));
        LotesAbertos semEspera = lotes(java.time.Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> posts = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int primeiro = thread * 50;
            posts.add(pool.submit(() -> {
                for (int i = primeiro; i < primeiro + 50; i++) {
                    JsonObject lead = lead("Empresa " + i);
                    semEspera.receber(vendas, List.of(lead));
                }
            }));
        }
        Future<?> fechando = pool.submit(() -> {
            while (posts.stream().anyMatch(post -> !post.isDone())) {
                semEspera.fechar(Duration.ZERO);
            }
        });
        for (Future<?> post : posts) {
            post.get(60, TimeUnit.SECONDS);
        }
        fechando.get(60, TimeUnit.SECONDS);
        semEspera.fechar(Duration.ZERO);
        pool.shutdown();

        assertThat(db.count(
                        "SELECT count(DISTINCT r.data->>'empresa') FROM nigredo_leads.import_rows r"
                                + " JOIN nigredo_leads.imports i ON i.id = r.import_id WHERE i.tenant_id = ?",
                        vendas.tenantId()))
                .isEqualTo(200);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.import_rows r JOIN nigredo_leads.imports i"
                                + " ON i.id = r.import_id WHERE i.tenant_id = ?",
                        vendas.tenantId()))
                .isEqualTo(200);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.imports i WHERE i.tenant_id = ? AND (i.status <> 'recebido'"
                                + " OR i.total_rows <> (SELECT count(*) FROM nigredo_leads.import_rows r"
                                + " WHERE r.import_id = i.id)"
                                + " OR (SELECT count(DISTINCT row_number) FROM nigredo_leads.import_rows r"
                                + " WHERE r.import_id = i.id) <> i.total_rows)",
                        vendas.tenantId()))
                .as("every lote closed, counting the rows written to it, each number once")
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE type = 'leads.imported'"
                                + " AND tenant_id = ?",
                        vendas.tenantId()))
                .isEqualTo(
                        db.count("SELECT count(*) FROM nigredo_leads.imports WHERE tenant_id = ?", vendas.tenantId()));
    }

    @Test
    void aPostWhoseLoteClosedBeforeItsLeadsWereWrittenJoinsTheNextLote() {
        Caller vendas = manager(Cenario.daEmpresa(db, "Oficina Lotes Ltda").comAgentes("nigredo-recebimento"));
        LoteAberto lote = wired(loteAberto(), clock);
        ImportReceipt primeiro = post(vendas, lead("Oficina A"));
        Lugar reservado = lote.reservar(vendas.tenantId(), 1);

        clock.advance(LOTE);
        lotes.fechar(LOTE);
        Optional<Lugar> tarde = lote.juntar(vendas, reservado, List.of(lead("Oficina B")));
        ImportReceipt depois = post(vendas, lead("Oficina B"));

        assertThat(reservado.importId()).isEqualTo(primeiro.importId());
        assertThat(tarde).isEmpty();
        assertThat(db.count("SELECT total_rows FROM nigredo_leads.imports WHERE id = ?", primeiro.importId()))
                .as("the closed lote counts the one lead written to it, not the reservation")
                .isEqualTo(1);
        assertThat(depois.importId()).isNotEqualTo(primeiro.importId());
        assertThat(db.text(
                        "SELECT string_agg(data->>'empresa', ',') FROM nigredo_leads.import_rows"
                                + " WHERE import_id = ?",
                        depois.importId()))
                .isEqualTo("Oficina B");
    }

    @Test
    void closingWaitsForThePostsBeingWrittenAndCountsThemWhileTheNextPostsOpenTheNextLote() throws Exception {
        Caller vendas = manager(Cenario.daEmpresa(db, "Farmacia Lotes Ltda").comAgentes("nigredo-recebimento"));
        CountDownLatch escrito = new CountDownLatch(1);
        CountDownLatch liberado = new CountDownLatch(1);
        LotesAbertos lentos = lotes(clock, new LoteAberto() {
            @Override
            public Lugar reservar(UUID tenantId, int rows) {
                return db.inTransaction(() -> super.reservar(tenantId, rows));
            }

            @Override
            public Optional<Lugar> juntar(Caller caller, Lugar lugar, List<JsonObject> leads) {
                return db.inTransaction(() -> {
                    Optional<Lugar> juntou = super.juntar(caller, lugar, leads);
                    escrito.countDown();
                    await(liberado);
                    return juntou;
                });
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<ImportReceipt> post = pool.submit(() -> lentos.receber(vendas, List.of(lead("Farmacia A"))));
        escrito.await(10, TimeUnit.SECONDS);

        clock.advance(LOTE);
        Future<Integer> fechando = pool.submit(() -> lotes.fechar(LOTE));
        Thread.sleep(300);
        boolean fechouAntes = fechando.isDone();
        ImportReceipt seguinte = post(vendas, lead("Farmacia B"));
        liberado.countDown();
        ImportReceipt recebido = post.get(10, TimeUnit.SECONDS);
        fechando.get(10, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(fechouAntes)
                .as("the lote closed while a post was being written into it")
                .isFalse();
        assertThat(statusOf(recebido.importId())).isEqualTo("recebido");
        assertThat(db.count("SELECT total_rows FROM nigredo_leads.imports WHERE id = ?", recebido.importId()))
                .isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ImportReceipt post(Caller caller, JsonObject... leads) {
        return lotes.receber(caller, List.of(leads));
    }

    /** The beans as the container runs them: each step of a post a transaction of its own (REQUIRED). */
    private static LotesAbertos lotes(java.time.Clock clock) {
        return lotes(clock, loteAberto());
    }

    private static LotesAbertos lotes(java.time.Clock clock, LoteAberto lote) {
        EntityManager em = db.entityManager();
        LeadIntake intake = Beans.wire(
                new LeadIntake() {
                    @Override
                    public void requireRecebimento(Caller caller) {
                        db.inTransaction(() -> super.requireRecebimento(caller));
                    }
                },
                db.dataSource(),
                Beans.wire(new ActivationGate(), em),
                Beans.wire(new EventIntake(), em, new FiredEvents<OutboxWritten>()),
                Beans.wire(new AuditTrail(), em),
                ImportSettings.withImportChains(4));
        return Beans.wire(new LotesAbertos(), intake, wired(lote, clock), clock);
    }

    private static LoteAberto wired(LoteAberto lote, java.time.Clock clock) {
        EntityManager em = db.entityManager();
        return Beans.wire(
                lote,
                db.dataSource(),
                Beans.wire(new AuditTrail(), em),
                Beans.wire(new EventIntake(), em, new FiredEvents<OutboxWritten>()),
                clock);
    }

    private static LoteAberto loteAberto() {
        return new LoteAberto() {
            @Override
            public Lugar reservar(UUID tenantId, int rows) {
                return db.inTransaction(() -> super.reservar(tenantId, rows));
            }

            @Override
            public Optional<Lugar> juntar(Caller caller, Lugar lugar, List<JsonObject> leads) {
                return db.inTransaction(() -> super.juntar(caller, lugar, leads));
            }

            @Override
            public int encerrar(Instant openedBy) {
                return db.inTransaction(() -> super.encerrar(openedBy));
            }

            @Override
            public int fechar() {
                return db.inTransaction(super::fechar);
            }
        };
    }

    private static Caller manager(Cenario empresa) {
        return new Caller(
                UUID.randomUUID(), empresa.tenant(), "vendas@empresa.com.br", Role.manager, "203.0.113.5", "junit");
    }

    private static JsonObject lead(String empresa) {
        return Json.createObjectBuilder()
                .add("empresa", empresa)
                .add("contato", "Contato de " + empresa)
                .add("email", "contato@" + Math.abs(empresa.hashCode()) + ".com.br")
                .build();
    }

    private static String statusOf(UUID importId) {
        return db.text("SELECT status FROM nigredo_leads.imports WHERE id = ?", importId);
    }

    private static long handedToRecebimento(UUID importId) {
        return db.count(
                "SELECT count(*) FROM fibonacci_core.events WHERE type = 'leads.imported'"
                        + " AND detail->>'import_id' = ?",
                importId.toString());
    }
}
