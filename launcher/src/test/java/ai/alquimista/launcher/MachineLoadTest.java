package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The benchmark says which part of the machine used the cores in a phase, and how long tasks waited. */
class MachineLoadTest {

    private static final long PAYARA = 4242;
    private static final long LAUNCHER = 4100;

    @Test
    void a_process_name_with_spaces_and_parentheses_does_not_shift_the_cpu_fields() {
        String stat = "4242 (java (payara) x) S 1 4242 4242 0 -1 4194560 98 0 0 0 1500 250 0 0 20 0 80 0 1 0";

        MachineLoad.Process process = MachineLoad.Process.parse(stat);

        assertThat(process.name()).isEqualTo("java (payara) x");
        assertThat(process.ticks()).isEqualTo(1750);
    }

    @Test
    void over_ten_seconds_each_part_shows_the_cores_it_used_and_the_waits_their_share_of_the_time() {
        MachineLoad.Snapshot before = new MachineLoad.Snapshot(
                0,
                OptionalLong.of(1_000_000),
                OptionalLong.of(0),
                new MachineLoad.CpuTime(10_000, 100),
                Map.of(
                        PAYARA,
                        new MachineLoad.Process("java", 1_000),
                        LAUNCHER,
                        new MachineLoad.Process("java", 500),
                        77L,
                        new MachineLoad.Process("postgres", 100),
                        78L,
                        new MachineLoad.Process("postgres", 10)));
        MachineLoad.Snapshot after = new MachineLoad.Snapshot(
                10_000_000_000L,
                OptionalLong.of(6_000_000),
                OptionalLong.of(1_000_000),
                new MachineLoad.CpuTime(12_000, 400),
                Map.of(
                        PAYARA,
                        new MachineLoad.Process("java", 2_200),
                        LAUNCHER,
                        new MachineLoad.Process("java", 800),
                        77L,
                        new MachineLoad.Process("postgres", 300),
                        78L,
                        new MachineLoad.Process("postgres", 60),
                        // started during the phase: all its time is the phase's
                        91L,
                        new MachineLoad.Process("cc1", 50)));

        MachineLoad.Usage usage = after.since(before, PAYARA, LAUNCHER);

        assertThat(usage.cpuWait()).isCloseTo(0.5, within(1e-9));
        assertThat(usage.ioWait()).isCloseTo(0.1, within(1e-9));
        assertThat(usage.steal()).as("300 of the CPUs' 2,000 ticks").isCloseTo(0.15, within(1e-9));
        assertThat(usage.cores())
                .containsEntry(MachineLoad.APPLICATION, 1.2)
                .containsEntry(MachineLoad.POSTGRES, 0.25)
                .containsEntry(MachineLoad.LAUNCHER, 0.3)
                .containsEntry(MachineLoad.OTHER, 0.05);
    }

    @Test
    void a_machine_without_pressure_reports_shows_no_wait_figures() {
        MachineLoad.Snapshot none = new MachineLoad.Snapshot(
                0, OptionalLong.empty(), OptionalLong.empty(), MachineLoad.CpuTime.UNKNOWN, Map.of());
        MachineLoad.Snapshot later = new MachineLoad.Snapshot(
                1_000_000_000L, OptionalLong.empty(), OptionalLong.empty(), MachineLoad.CpuTime.UNKNOWN, Map.of());

        MachineLoad.Usage usage = later.since(none, PAYARA, LAUNCHER);

        assertThat(usage.cpuWait()).isNaN();
        assertThat(usage.ioWait()).isNaN();
        assertThat(usage.steal()).isNaN();
    }

    @Test
    void steal_is_the_eighth_figure_of_the_cpu_line() {
        String stat = """
                cpu  38072 0 4071 94080 249 0 188 20 0 0
                cpu0 19000 0 2000 47000 120 0 90 10 0 0
                """;

        assertThat(MachineLoad.CpuTime.parse(stat)).isEqualTo(new MachineLoad.CpuTime(136_680, 20));
    }

    @Test
    void this_machine_lists_this_process() {
        assertThat(MachineLoad.take().processes())
                .containsKey(ProcessHandle.current().pid());
    }
}
