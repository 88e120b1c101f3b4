package ai.alquimista.nigredo.disparo.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.disparo.control.Despacho;
import ai.alquimista.nigredo.disparo.control.DespachoDoTenant;
import ai.alquimista.operations.timers.boundary.TimerSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Disparo's tick on the guarded timer base: its schedule from configuration, and what one tick does. */
class DisparoTimerTest {

    private static final UUID QUEBRADO = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SAUDAVEL = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void theTickRunsEveryTickSecondsUnderItsNameAndNotAtAllWhenDisabled() {
        DisparoTimer timer = new DisparoTimer();
        timer.tickSeconds = 1;
        timer.enabled = true;

        assertThat(timer.schedule())
                .contains(TimerSchedule.every("nigredo-disparo-tick", "dispatch tick", Duration.ofSeconds(1)));

        timer.enabled = false;
        assertThat(timer.schedule()).isEmpty();
    }

    @Test
    void aFailedSweepAndOneTenantsFailureDoNotKeepTheOtherTenantFromSending() {
        DespachoRegistrado despacho = new DespachoRegistrado(3);
        DisparoTimer timer = new DisparoTimer();
        timer.tickSeconds = 1;
        timer.despacho = despacho;

        timer.run();

        assertThat(despacho.passes)
                .as("a round per message while the healthy tenant sends, at most five per tick")
                .containsExactly(QUEBRADO, SAUDAVEL, QUEBRADO, SAUDAVEL, QUEBRADO, SAUDAVEL, QUEBRADO, SAUDAVEL);
    }

    @Test
    void aTickSendsAtMostFiveRounds() {
        DespachoRegistrado despacho = new DespachoRegistrado(100);
        DisparoTimer timer = new DisparoTimer();
        timer.despacho = despacho;

        timer.run();

        assertThat(despacho.passes).filteredOn(SAUDAVEL::equals).hasSize(5);
    }

    /** Two due tenants: one whose pass always throws, one with {@code mensagens} to send; the sweep always fails. */
    private static final class DespachoRegistrado extends DespachoDoTenant {
        final List<UUID> passes = new ArrayList<>();
        int mensagens;

        DespachoRegistrado(int mensagens) {
            this.mensagens = mensagens;
        }

        @Override
        public Despacho.Varredura varrer() {
            throw new IllegalStateException("the database is away");
        }

        @Override
        public List<UUID> devidos() {
            return List.of(QUEBRADO, SAUDAVEL);
        }

        @Override
        public boolean despachar(UUID tenantId) {
            passes.add(tenantId);
            if (tenantId.equals(QUEBRADO)) {
                throw new IllegalStateException("a broken tenant");
            }
            return mensagens-- > 0;
        }
    }
}
