package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.SimulatedClock.brasilia;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.estrategia.Etapa;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The seed's business window: 08:00–18:00, Monday to Friday, in the lead's own time zone, never on a national
 * holiday; a send that comes due outside it waits for the next opening, with a few minutes of jitter.
 */
class DespachoJanelaTest extends DespachoCenario {

    @Test
    void atNightNothingGoesOutAndTheSendWaitsForTheNextBusinessMorning() throws SQLException {
        clock.set("2026-12-01T22:00");
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));

        boolean enviou = passo();

        assertThat(enviou).isFalse();
        assertThat(provedor.mensagens()).isEmpty();
        Map<String, Object> envio = envio(lead, Etapa.topo);
        assertThat(envio).containsEntry("status", "agendado").containsEntry("motivo", "fora_do_horario");
        Instant manha = (Instant) envio.get("due_at");
        assertThat(manha).isBetween(brasilia("2026-12-02T08:00"), brasilia("2026-12-02T08:05"));
        assertThat(proximoPasso()).as("the tenant sleeps until then").contains(manha);

        rodarAte(brasilia("2026-12-02T07:59"));
        assertThat(provedor.mensagens()).isEmpty();

        rodarAte(brasilia("2026-12-02T08:10"));
        assertThat(provedor.mensagens()).hasSize(1);
        assertThat(envio(lead, Etapa.topo)).containsEntry("status", "enviado").containsEntry("sent_at", manha);
    }

    @Test
    void onANationalHolidayNothingGoesOutAndSendingResumesOnTheNextBusinessDay() throws SQLException {
        clock.set("2026-12-25T10:00"); // Natal, a Friday
        tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        programar(aCampanha(tenant).lead(lead));

        rodarAte(brasilia("2026-12-28T07:59"));

        assertThat(provedor.mensagens()).isEmpty();
        Map<String, Object> envio = envio(lead, Etapa.topo);
        assertThat(envio).containsEntry("status", "agendado").containsEntry("motivo", "feriado");
        assertThat((Instant) envio.get("due_at"))
                .as("Monday morning: not the weekend either")
                .isBetween(brasilia("2026-12-28T08:00"), brasilia("2026-12-28T08:05"));

        rodarAte(brasilia("2026-12-28T08:10"));
        assertThat(provedor.mensagens()).hasSize(1);
    }

    @Test
    void theWindowIsTheLeadsOwnTimeZone() throws SQLException {
        clock.set("2026-12-01T08:30"); // 07:30 in Manaus
        tenant = aTenant().insert(database);
        UUID saoPaulo = aLead(tenant).telefone("+5511912345678").insert(database);
        UUID manaus = aLead(tenant).telefone("+5592991234567").insert(database);
        programar(aCampanha(tenant).lead(saoPaulo).lead(manaus));

        rodarAte(brasilia("2026-12-01T08:59"));

        assertThat(provedor.destinatarios()).containsExactly("+5511912345678");
        assertThat((Instant) envio(manaus, Etapa.topo).get("due_at"))
                .isBetween(brasilia("2026-12-01T09:00"), brasilia("2026-12-01T09:05"));

        rodarAte(brasilia("2026-12-01T09:10"));
        assertThat(provedor.destinatarios()).containsExactly("+5511912345678", "+5592991234567");
    }
}
