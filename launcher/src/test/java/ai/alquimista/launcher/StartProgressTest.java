package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A start shows one line per part: what is starting, then how long it took, or that it failed. */
class StartProgressTest {

    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final StartProgress progress = new StartProgress(new PrintStream(shown, true, StandardCharsets.UTF_8));

    @Test
    void a_part_that_starts_shows_its_name_and_the_time_it_took() throws Exception {
        String database = progress.step("PostgreSQL 17, embedded", () -> "jdbc:postgresql://127.0.0.1:5432/alquimista");

        assertThat(database).isEqualTo("jdbc:postgresql://127.0.0.1:5432/alquimista");
        assertThat(shown()).matches("  PostgreSQL 17, embedded \\.{3,} ready in \\d+\\.\\d s\\R");
    }

    @Test
    void a_part_that_fails_shows_failed_and_the_start_stops_with_its_reason() {
        assertThatThrownBy(() -> progress.step("the application, Payara Micro", () -> {
                    throw new IOException("the application did not become healthy within 180 s");
                }))
                .hasMessage("the application did not become healthy within 180 s");

        assertThat(shown()).matches("  the application, Payara Micro \\.{3,} failed\\R");
    }

    private String shown() {
        return shown.toString(StandardCharsets.UTF_8);
    }
}
