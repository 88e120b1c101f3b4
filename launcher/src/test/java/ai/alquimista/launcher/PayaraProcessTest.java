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

    @Test
    void payaras_own_lines_are_json_objects_with_its_levels_kept() {
        String defaults = String.join(
                "\n",
                "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.formatter=com.sun.enterprise.server.logging.ODLLogFormatter",
                "com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor=true",
                ".level=INFO",
                "com.hazelcast.level=WARNING");

        String json = PayaraProcess.jsonLogging(defaults);

        assertThat(json.lines())
                .contains(
                        "handlers=java.util.logging.ConsoleHandler",
                        ".level=INFO",
                        "com.hazelcast.level=WARNING",
                        "java.util.logging.ConsoleHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter")
                .noneMatch(line -> line.contains("ODLLogFormatter"));
    }
}
