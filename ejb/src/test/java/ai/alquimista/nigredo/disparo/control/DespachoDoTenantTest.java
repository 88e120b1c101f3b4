package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.SimulatedClock.brasilia;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.canais.boundary.Transmissor;
import ai.alquimista.nigredo.disparo.events.MensagemEnviada;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.PublishedEvents;
import ai.alquimista.testing.SimulatedClock;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bean the dispatch timer calls, built as the container builds it: the due tenants are listed outside any
 * transaction, and each tenant's pass marks its send in a transaction of its own, calls the provider outside any and
 * records the answer in another, sending through the sandbox channel by default and telling the pipeline what was
 * sent.
 */
class DespachoDoTenantTest {

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T10:00");
    private final PublishedEvents events = new PublishedEvents();
    private final DespachoDoTenant despacho = new DespachoDoTenant();
    private PassosDoDespacho passos;

    @BeforeEach
    void asTheContainerBuildsIt() {
        passos = PassosEmTransacao.montados(
                database, clock, canaisPadrao(), Circuitos.com(clock, 5, Duration.ofSeconds(30)), events, despacho);
    }

    @Test
    void eachDueTenantsPassCommitsItsMessageToTheSandboxAndTellsThePipeline() throws SQLException {
        UUID padaria = aTenant().insert(database);
        UUID mercado = aTenant().nome("Mercado Bom Preço").insert(database);
        UUID depois = aTenant().insert(database);
        UUID leadDaPadaria = aLead(padaria).telefone("+5511912345678").insert(database);
        UUID leadDoMercado = aLead(mercado).email("compras@mercado.com.br").insert(database);
        UUID leadDeDepois = aLead(depois).insert(database);
        programar(padaria, aCampanha(padaria).lead(leadDaPadaria).insert(database), clock.instant());
        programar(
                mercado,
                aCampanha(mercado)
                        .canal("email")
                        .lead(leadDoMercado, CanalDeEnvio.email, Variante.A)
                        .insert(database),
                clock.instant().minusSeconds(60));
        programar(
                depois,
                aCampanha(depois).lead(leadDeDepois).insert(database),
                clock.instant().plusSeconds(3600));

        List<UUID> devidos = despacho.devidos();

        assertThat(devidos)
                .as("most overdue first; not the tenant due in an hour")
                .containsExactly(mercado, padaria);
        for (UUID tenant : devidos) {
            assertThat(despacho.despachar(tenant)).isTrue();
        }
        assertThat(database.rows(
                        "SELECT tenant_id, canal, destinatario FROM nigredo_leads.sandbox_mensagens ORDER BY canal"))
                .extracting(row -> List.of(row.get("tenant_id"), row.get("canal"), row.get("destinatario")))
                .containsExactly(
                        List.of(mercado, "email", "compras@mercado.com.br"),
                        List.of(padaria, "whatsapp", "+5511912345678"));
        assertThat(events.all()).extracting(PublishedEvents.Published::tenantId).containsExactly(mercado, padaria);
        MensagemEnviada enviada = (MensagemEnviada) events.all().get(1).event();
        assertThat(enviada.leadId()).isEqualTo(leadDaPadaria);
        assertThat(enviada.canal()).isEqualTo("whatsapp");
        assertThat(enviada.etapa()).isEqualTo("topo");
        assertThat(enviada.providerMessageId()).startsWith("sandbox.");
        assertThat(despacho.devidos()).as("both wait for their pace now").isEmpty();
    }

    @Test
    void aPassThatFailsLeavesNothingHalfDone() throws SQLException {
        passos.canais = new CanaisConfigurados() {
            @Override
            public Transmissor para(CanalDeEnvio canal, JsonObject settings, Connection db) {
                return mensagem -> {
                    throw new IllegalStateException("canal mal configurado");
                };
            }
        };
        passos.build();
        UUID tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        programar(tenant, aCampanha(tenant).lead(lead).insert(database), clock.instant());

        assertThatThrownBy(() -> despacho.despachar(tenant))
                .as("the failure reaches the container, which rolls the pass back")
                .hasMessage("canal mal configurado");

        assertThat(database.row(
                        "SELECT status, attempts FROM nigredo_leads.envios WHERE lead_id = ? AND etapa = 'topo'", lead))
                .containsEntry("status", "agendado")
                .containsEntry("attempts", 0);
        assertThat(events.all()).isEmpty();
        assertThat(despacho.devidos()).as("still due for the next tick").containsExactly(tenant);
    }

    @Test
    void instancesStartedAtDifferentTimesWithTheSameClockOffsetReadTheSameTime() {
        clock.set("2026-12-01T23:00");
        RelogioDoDisparo first = new RelogioDoDisparo();
        first.clock = clock;
        first.inicio = Optional.empty();
        first.deslocamento = Optional.of("PT14H");
        first.build();
        clock.set("2026-12-01T23:07");
        RelogioDoDisparo second = new RelogioDoDisparo();
        second.clock = clock;
        second.inicio = Optional.empty();
        second.deslocamento = Optional.of(" PT14H ");
        second.build();

        assertThat(second.clock().instant()).isEqualTo(first.clock().instant());
        assertThat(first.clock().instant()).isEqualTo(brasilia("2026-12-02T13:07"));
    }

    @Test
    void aDemoClockSetInBusinessHoursSendsWhileTheMachineIsAtNight() throws SQLException {
        clock.set("2026-12-01T23:00");
        RelogioDoDisparo relogio = new RelogioDoDisparo();
        relogio.clock = clock;
        relogio.inicio = Optional.of(" 2026-12-02T13:00:00Z ");
        relogio.build();
        despacho.relogio = relogio;
        passos.relogio = relogio;
        passos.build();
        UUID tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        programar(
                tenant,
                aCampanha(tenant).lead(lead).insert(database),
                relogio.clock().instant());

        assertThat(despacho.despachar(tenant)).isTrue();
        assertThat(database.value(
                        "SELECT sent_at FROM nigredo_leads.envios WHERE lead_id = ? AND etapa = 'topo'",
                        Instant.class,
                        lead))
                .isEqualTo(brasilia("2026-12-02T10:00"));
    }

    private void programar(UUID tenant, UUID campanha, Instant inicio) throws SQLException {
        database.commit(db -> ProgramacaoDeEnvios.programar(db, campanha, tenant, inicio));
    }

    /** As configured by default: both channels to the sandbox. */
    private static CanaisConfigurados canaisPadrao() {
        CanaisConfigurados canais = new CanaisConfigurados();
        canais.whatsappPadrao = "sandbox";
        canais.emailPadrao = "sandbox";
        return canais;
    }
}
