package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.EnvioBuilder.anEnvio;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.SimulatedClock.brasilia;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.Transaction;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A tenant's sending pace: when it is looked at next, and which instance looks at it. */
class RitmoTest {

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private static final Instant NOVE_HORAS = brasilia("2026-12-01T09:00");

    @Test
    void wakingATenantKeepsTheEarliestTimeItMustBeLookedAt() throws SQLException {
        UUID tenant = aTenant().insert(database);

        database.commit(db -> Ritmo.acordar(db, tenant, NOVE_HORAS.plusSeconds(600)));
        assertThat(proximoEnvio(tenant)).isEqualTo(NOVE_HORAS.plusSeconds(600));

        database.commit(db -> Ritmo.acordar(db, tenant, NOVE_HORAS.plusSeconds(3600)));
        assertThat(proximoEnvio(tenant)).as("a later wake-up does not delay it").isEqualTo(NOVE_HORAS.plusSeconds(600));

        database.commit(db -> Ritmo.acordar(db, tenant, NOVE_HORAS));
        assertThat(proximoEnvio(tenant)).as("an earlier one brings it forward").isEqualTo(NOVE_HORAS);
    }

    @Test
    void theDueTenantsAreTheOverdueOnesMostOverdueFirst() throws SQLException {
        UUID emDia = aTenant().insert(database);
        UUID atrasado = aTenant().insert(database);
        UUID muitoAtrasado = aTenant().insert(database);
        UUID futuro = aTenant().insert(database);
        database.commit(db -> {
            Ritmo.acordar(db, emDia, NOVE_HORAS);
            Ritmo.acordar(db, atrasado, NOVE_HORAS.minusSeconds(60));
            Ritmo.acordar(db, muitoAtrasado, NOVE_HORAS.minusSeconds(3600));
            Ritmo.acordar(db, futuro, NOVE_HORAS.plusSeconds(1));
        });

        assertThat(devidos(10)).containsExactly(muitoAtrasado, atrasado, emDia);
        assertThat(devidos(2)).as("at most the limit, the most overdue kept").containsExactly(muitoAtrasado, atrasado);
    }

    @Test
    void aTenantIsTakenOnlyWhenDue() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID semRitmo = aTenant().insert(database);
        database.commit(db -> Ritmo.acordar(db, tenant, NOVE_HORAS));

        assertThat(tomar(tenant, NOVE_HORAS.minusSeconds(1))).isFalse();
        assertThat(tomar(tenant, NOVE_HORAS)).isTrue();
        assertThat(tomar(semRitmo, NOVE_HORAS))
                .as("a tenant with nothing scheduled has no pace row")
                .isFalse();
    }

    @Test
    void whileOneInstanceHoldsATenantAnotherSkipsItAtOnce() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID outro = aTenant().insert(database);
        database.commit(db -> {
            Ritmo.acordar(db, tenant, NOVE_HORAS);
            Ritmo.acordar(db, outro, NOVE_HORAS);
        });

        try (Transaction primeira = database.begin();
                Transaction segunda = database.begin()) {
            assertThat(Ritmo.tomar(primeira.connection(), tenant, NOVE_HORAS)).isTrue();

            assertThat(Ritmo.tomar(segunda.connection(), tenant, NOVE_HORAS))
                    .as("SKIP LOCKED: the second instance does not wait, it moves on")
                    .isFalse();
            assertThat(Ritmo.tomar(segunda.connection(), outro, NOVE_HORAS))
                    .as("and still takes the tenants nobody holds")
                    .isTrue();

            Ritmo.proximo(primeira.connection(), tenant, NOVE_HORAS.plusSeconds(5));
            primeira.commit();
            segunda.commit();
        }

        try (Transaction terceira = database.begin()) {
            assertThat(Ritmo.tomar(terceira.connection(), tenant, NOVE_HORAS))
                    .as("once released, it waits for the pace the first instance set")
                    .isFalse();
            assertThat(Ritmo.tomar(terceira.connection(), tenant, NOVE_HORAS.plusSeconds(5)))
                    .isTrue();
        }
    }

    @Test
    void aRolledBackPassLeavesTheTenantDueForTheNextInstance() throws SQLException {
        UUID tenant = aTenant().insert(database);
        database.commit(db -> Ritmo.acordar(db, tenant, NOVE_HORAS));

        try (Transaction falhou = database.begin()) {
            assertThat(Ritmo.tomar(falhou.connection(), tenant, NOVE_HORAS)).isTrue();
            Ritmo.proximo(falhou.connection(), tenant, NOVE_HORAS.plusSeconds(60));
            falhou.rollback();
        }

        assertThat(tomar(tenant, NOVE_HORAS)).isTrue();
    }

    @Test
    void theNextDueSendIsTheEarliestWaitingOneOfAnActiveCampaign() throws SQLException {
        UUID tenant = aTenant().insert(database);
        UUID lead = aLead(tenant).insert(database);
        UUID outroLead = aLead(tenant).insert(database);
        UUID ativa = aCampanha(tenant).status("ativa").insert(database);
        UUID pausada = aCampanha(tenant).status("pausada").insert(database);
        anEnvio(tenant, ativa, lead).enviadoEm(NOVE_HORAS.minusSeconds(7200)).insert(database);
        anEnvio(tenant, ativa, lead)
                .etapa(Etapa.meio)
                .devidoEm(NOVE_HORAS.plusSeconds(3600))
                .insert(database);
        anEnvio(tenant, ativa, outroLead)
                .status("cancelado")
                .devidoEm(NOVE_HORAS.minusSeconds(60))
                .insert(database);
        anEnvio(tenant, pausada, outroLead).devidoEm(NOVE_HORAS).insert(database);

        assertThat(proximoDevido(tenant)).contains(NOVE_HORAS.plusSeconds(3600));
        assertThat(proximoDevido(aTenant().insert(database))).isEmpty();
    }

    private List<UUID> devidos(int limite) throws SQLException {
        return database.inTransaction(db -> Ritmo.devidos(db, NOVE_HORAS, limite));
    }

    private boolean tomar(UUID tenant, Instant agora) throws SQLException {
        return database.inTransaction(db -> Ritmo.tomar(db, tenant, agora));
    }

    private Optional<Instant> proximoDevido(UUID tenant) throws SQLException {
        return database.inTransaction(db -> Ritmo.proximoDevido(db, tenant));
    }

    private Instant proximoEnvio(UUID tenant) throws SQLException {
        return database.value(
                "SELECT proximo_envio_em FROM nigredo_leads.disparo_ritmo WHERE tenant_id = ?", Instant.class, tenant);
    }
}
