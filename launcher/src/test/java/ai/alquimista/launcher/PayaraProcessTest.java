package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An operator's options for the application's JVM reach its command line one by one. */
class PayaraProcessTest {

    @Test
    void the_options_an_operator_sets_are_passed_one_by_one() {
        assertThat(PayaraProcess.javaOptions(
                        Map.of(PayaraProcess.JAVA_OPTIONS, "  -XX:TieredStopAtLevel=1   -Xss512k ")))
                .containsExactly("-XX:TieredStopAtLevel=1", "-Xss512k");
    }

    @Test
    void without_options_the_command_line_gets_none() {
        assertThat(PayaraProcess.javaOptions(Map.of())).isEmpty();
        assertThat(PayaraProcess.javaOptions(Map.of(PayaraProcess.JAVA_OPTIONS, "   ")))
                .isEmpty();
    }
}
