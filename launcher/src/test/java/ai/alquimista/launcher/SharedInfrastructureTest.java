package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./alquimista join} against a system that is gone fails at once and says why, instead of waiting minutes. */
class SharedInfrastructureTest {

    @TempDir
    Path home;

    @Test
    void joiningASystemWhoseDatabaseNoLongerAnswersFailsAtOnceNamingIt() throws Exception {
        int gone = SqsStoreBenchmark.freePort();
        new SharedInfrastructure(
                        "jdbc:postgresql://127.0.0.1:" + gone + "/postgres",
                        "http://127.0.0.1:" + SqsStoreBenchmark.freePort(),
                        true,
                        true)
                .write(home);
        Map<String, String> env = Map.of(
                "ALQUIMISTA_HOME", home.toString(),
                "ALQUIMISTA_HTTP_PORT", String.valueOf(SqsStoreBenchmark.freePort()));
        long started = System.nanoTime();

        assertThatThrownBy(() -> RunningSystem.join(LaunchSettings.fromEnvironment(env), env, true))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the system to join is not running")
                .hasMessageContaining("database (127.0.0.1:" + gone);
        assertThat((System.nanoTime() - started) / 1e9)
                .as("seconds until join gave up")
                .isLessThan(5);
    }

    @Test
    void joiningWhenNoSystemWasStartedSaysToStartOne() {
        Map<String, String> env = Map.of("ALQUIMISTA_HOME", home.toString());

        assertThatThrownBy(() -> RunningSystem.join(LaunchSettings.fromEnvironment(env), env, true))
                .hasMessageContaining("no running system to join")
                .hasMessageContaining("./alquimista start");
    }

    @Test
    void aStoppedSystemLeavesNothingToJoin() throws Exception {
        new SharedInfrastructure("jdbc:postgresql://127.0.0.1:5432/postgres", "http://127.0.0.1:9324", true, true)
                .write(home);

        SharedInfrastructure.remove(home);

        assertThat(Files.exists(home.resolve(SharedInfrastructure.FILE_NAME))).isFalse();
    }
}
