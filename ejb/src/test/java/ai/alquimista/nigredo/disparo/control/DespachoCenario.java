package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.EnvioBuilder.anEnvio;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.titulares.Pseudonimos;
import ai.alquimista.testing.CampanhaBuilder;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.RecordingTransmissor;
import ai.alquimista.testing.SimulatedClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scene Disparo's dispatch tests play in: the real schema, a simulated clock at {@value #TERCA_DEZ_HORAS} in
 * Brasília, a recording provider, and {@link #rodarAte} to drive the pass as the dispatch timer does.
 */
abstract class DespachoCenario {

    /** A Tuesday, in business hours. */
    static final String TERCA_DEZ_HORAS = "2026-12-01T10:00";

    static final String URL_PUBLICA = "https://app.alquimista.test/";

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    final SimulatedClock clock = SimulatedClock.em(TERCA_DEZ_HORAS);
    final RecordingTransmissor provedor = new RecordingTransmissor();
    final List<EnvioRealizado> publicados = new ArrayList<>();
    final Despacho despacho = new Despacho(
            clock,
            (canal, settings, db) -> provedor,
            Circuitos.com(clock, 5, Duration.ofSeconds(30)),
            new SplittableRandom(20261201),
            publicados::add,
            URL_PUBLICA,
            Pseudonimos.comChave("chave-de-teste-com-pelo-menos-32-bytes!"));

    UUID tenant;

    /** The campaign approved now: its sends scheduled and the tenant's pace woken, as Disparo does on approval. */
    UUID programar(CampanhaBuilder campanha) throws SQLException {
        UUID id = campanha.insert(database);
        database.commit(db -> ProgramacaoDeEnvios.programar(db, id, tenant, clock.instant()));
        return id;
    }

    /** One dispatch pass for the tenant at the clock's time: mark (committed), provider, record (committed). */
    boolean passo() throws SQLException {
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            return despacho.despachar(db, tenant);
        }
    }

    /**
     * What the dispatch timer does until {@code fim}: a pass each time the tenant's pace comes due, the clock
     * jumping over the idle time in between.
     */
    void rodarAte(Instant fim) throws SQLException {
        for (int passos = 0; passos < 1_000; passos++) {
            Optional<Instant> proximo = proximoPasso();
            if (proximo.isEmpty() || proximo.get().isAfter(fim)) {
                clock.set(fim);
                return;
            }
            if (proximo.get().isAfter(clock.instant())) {
                clock.set(proximo.get());
            }
            passo();
        }
        throw new IllegalStateException("the tenant's pace did not reach " + fim + " in 1000 passes");
    }

    Optional<Instant> proximoPasso() throws SQLException {
        return database
                .list(
                        "SELECT proximo_envio_em FROM nigredo_leads.disparo_ritmo WHERE tenant_id = ?",
                        Instant.class,
                        tenant)
                .stream()
                .findFirst();
    }

    /** The tenant's earlier messages, sent before the test's scene to one old customer. */
    void enviadasAntes(int quantas, Instant desde, Duration intervalo) throws SQLException {
        UUID cliente = aLead(tenant).empresa("Cliente antigo").insert(database);
        UUID campanha = aCampanha(tenant).status("concluida").lead(cliente).insert(database);
        database.commit(db -> {
            for (int i = 0; i < quantas; i++) {
                anEnvio(tenant, campanha, cliente)
                        .idempotencyKey("historico-" + i)
                        .enviadoEm(desde.plus(intervalo.multipliedBy(i)))
                        .insert(db);
            }
        });
    }

    Map<String, Object> envio(UUID lead, Etapa etapa) throws SQLException {
        return database.row(
                "SELECT id, status, motivo, due_at, sent_at, provider_message_id, wa_id, modelo, attempts"
                        + " FROM nigredo_leads.envios WHERE lead_id = ? AND etapa = ?",
                lead,
                etapa);
    }

    MensagemDeSaida unicaMensagem() {
        assertThat(provedor.mensagens()).hasSize(1);
        return provedor.mensagens().get(0);
    }

    long limitesAtingidos(String motivo) throws SQLException {
        return database.count(
                "SELECT COALESCE(sum(vezes), 0) FROM nigredo_leads.disparo_limites_atingidos"
                        + " WHERE tenant_id = ? AND motivo = ?",
                tenant,
                motivo);
    }
}
