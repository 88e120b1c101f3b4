package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark's "cpu wait" and "io wait" come from Linux's pressure reports, left out where there are none. */
class PressureTest {

    @Test
    void the_time_some_task_waited_for_a_cpu_is_read_from_the_some_line() {
        String report = """
                some avg10=12.50 avg60=4.04 avg300=19.58 total=35043957810
                full avg10=0.00 avg60=0.00 avg300=0.00 total=0
                """;

        assertThat(Pressure.waitedMicros(report)).hasValue(35_043_957_810L);
    }

    @Test
    void a_kernel_without_the_report_gives_no_figure() {
        assertThat(Pressure.waitedMicros(Path.of("/proc/no-such-pressure-file")))
                .isEmpty();
        assertThat(Pressure.waitedMicros("full avg10=0.00 avg60=0.00 avg300=0.00 total=0"))
                .isEmpty();
    }
}
