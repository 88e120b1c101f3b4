package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.EnvioBuilder.anEnvio;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.SimulatedClock.brasilia;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.testing.CampanhaBuilder;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The seed's limits per tenant: one message per pass and 2 s at least between the tenant's messages, 100 an hour,
 * 500 a day (or the tenant's own lower limits), and the WhatsApp messaging tier; every limit that held a message back
 * is counted.
 */
class DespachoLimitesTest extends DespachoCenario {

    @Test
    void aPassSendsOneMessageAndTheTenantsNextWaitsAtLeastTwoSeconds() throws SQLException {
        tenant = aTenant().insert(database);
        UUID primeiro = aLead(tenant).insert(database);
        UUID segundo = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(primeiro).lead(segundo));

        assertThat(passo()).isTrue();
        assertThat(provedor.mensagens()).hasSize(1);
        Instant proximo = proximoPasso().orElseThrow();
        assertThat(proximo)
                .isBetween(clock.instant().plusSeconds(2), clock.instant().plusSeconds(22));

        clock.advance(Duration.ofSeconds(1));
        assertThat(passo()).as("one second later the tenant is not due").isFalse();
        assertThat(provedor.mensagens()).hasSize(1);

        rodarAte(brasilia("2026-12-01T10:01"));

        assertThat(provedor.mensagens()).hasSize(2);
        List<Instant> enviados = database.list(
                "SELECT sent_at FROM nigredo_leads.envios WHERE tenant_id = ? AND status = 'enviado' ORDER BY sent_at",
                Instant.class,
                tenant);
        assertThat(Duration.between(enviados.get(0), enviados.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aWakeUpRightAfterASendStillKeepsTwoSecondsBetweenTheTenantsMessages() throws SQLException {
        tenant = aTenant().insert(database);
        UUID primeiro = aLead(tenant).insert(database);
        UUID segundo = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(primeiro).lead(segundo));
        passo();
        Instant primeiroEnvio = clock.instant();

        // another campaign of the tenant is resumed a second later: its pace is woken at once
        clock.advance(Duration.ofSeconds(1));
        database.commit(db -> Ritmo.acordar(db, tenant, clock.instant()));
        boolean enviou = passo();

        assertThat(enviou).isFalse();
        assertThat(provedor.mensagens()).hasSize(1);
        assertThat(proximoPasso()).contains(primeiroEnvio.plusSeconds(2));
        assertThat(limitesAtingidos("intervalo_tenant")).isEqualTo(1);

        clock.set(primeiroEnvio.plusSeconds(2));
        assertThat(passo()).isTrue();
        assertThat(provedor.mensagens()).hasSize(2);
    }

    @Test
    void afterAHundredMessagesInAnHourTheRestWaitForTheNextHour() throws SQLException {
        clock.set("2026-12-01T10:45");
        tenant = aTenant().insert(database);
        enviadasAntes(100, brasilia("2026-12-01T10:00"), Duration.ofSeconds(24));
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));

        boolean enviou = passo();

        assertThat(enviou).isFalse();
        assertThat(provedor.mensagens()).isEmpty();
        assertThat(envio(lead, Etapa.topo))
                .as("the send itself is not moved: the tenant waits")
                .containsEntry("status", "agendado")
                .containsEntry("due_at", brasilia("2026-12-01T10:45"));
        assertThat(proximoPasso()).contains(brasilia("2026-12-01T11:00"));
        assertThat(limitesAtingidos("limite_hora")).isEqualTo(1);

        rodarAte(brasilia("2026-12-01T11:00"));
        assertThat(envio(lead, Etapa.topo))
                .containsEntry("status", "enviado")
                .containsEntry("sent_at", brasilia("2026-12-01T11:00"));
    }

    @Test
    void afterFiveHundredMessagesInADayTheRestWaitForTheNextBusinessMorning() throws SQLException {
        clock.set("2026-12-01T15:30");
        tenant = aTenant().insert(database);
        // 500 today, never 100 in one hour
        enviadasAntes(500, brasilia("2026-12-01T08:00"), Duration.ofSeconds(50));
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));

        assertThat(passo()).isFalse();
        assertThat(proximoPasso()).as("until the day turns").contains(brasilia("2026-12-02T00:00"));
        assertThat(limitesAtingidos("limite_dia")).isEqualTo(1);

        rodarAte(brasilia("2026-12-02T07:59"));
        assertThat(provedor.mensagens())
                .as("midnight is outside business hours")
                .isEmpty();

        rodarAte(brasilia("2026-12-02T08:10"));
        assertThat(provedor.mensagens()).hasSize(1);
        assertThat((Instant) envio(lead, Etapa.topo).get("sent_at"))
                .isBetween(brasilia("2026-12-02T08:00"), brasilia("2026-12-02T08:05"));
    }

    @Test
    void aTenantsOwnLowerLimitsAreKept() throws SQLException {
        tenant = aTenant().disparo("{\"limite_hora\": 2, \"limite_dia\": 3}").insert(database);
        List<UUID> leads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            leads.add(aLead(tenant).insert(database));
        }
        CampanhaBuilder campanha = aCampanha(tenant);
        leads.forEach(campanha::lead);
        programar(campanha);

        rodarAte(brasilia("2026-12-01T10:59"));
        assertThat(provedor.mensagens()).as("two in the 10 o'clock hour").hasSize(2);

        rodarAte(brasilia("2026-12-01T17:59"));
        assertThat(provedor.mensagens()).as("three in the day").hasSize(3);
        assertThat(provedor.mensagens().get(2).envioId())
                .isEqualTo(database.value(
                        "SELECT id FROM nigredo_leads.envios WHERE tenant_id = ? AND sent_at = ?",
                        UUID.class,
                        tenant,
                        brasilia("2026-12-01T11:00")));

        rodarAte(brasilia("2026-12-02T08:10"));
        assertThat(provedor.mensagens()).as("the fourth the next morning").hasSize(4);
    }

    @Test
    void aFullWhatsappTierHoldsBackNewRecipientsButNotTheOnesAlreadyCounted() throws SQLException {
        tenant = aTenant().insert(database);
        UUID conhecido = aLead(tenant).telefone("+5511912340000").insert(database);
        UUID novo = aLead(tenant).insert(database);
        // yesterday afternoon: 250 different recipients (the first tier), Conhecido among them
        UUID antiga = aCampanha(tenant).status("concluida").insert(database);
        database.commit(db -> {
            for (int i = 0; i < 250; i++) {
                anEnvio(tenant, antiga, conhecido)
                        .idempotencyKey("tier-" + i)
                        .destinatario(String.format("+5511912340%03d", i))
                        .enviadoEm(brasilia("2026-11-30T12:00").plus(Duration.ofMinutes(i)))
                        .insert(db);
            }
        });
        programar(aCampanha(tenant).lead(conhecido).lead(novo));

        rodarAte(brasilia("2026-12-01T10:05"));

        assertThat(provedor.destinatarios()).containsExactly("+5511912340000");
        Map<String, Object> envio = envio(novo, Etapa.topo);
        assertThat(envio).containsEntry("status", "agendado").containsEntry("motivo", "tier_whatsapp");
        assertThat((Instant) envio.get("due_at"))
                .as("an hour after it was looked at")
                .isBetween(brasilia("2026-12-01T11:00"), brasilia("2026-12-01T11:01"));
        assertThat(limitesAtingidos("tier_whatsapp")).isEqualTo(1);
    }
}
