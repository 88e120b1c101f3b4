package ai.alquimista.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's console handler writes JSON while the application runs, and its own format again once it stops. */
class JsonLogsTest {

    private final Logger root = Logger.getLogger("");
    private final ConsoleHandler console = new ConsoleHandler();
    private final Formatter servers = new SimpleFormatter();

    JsonLogsTest() {
        console.setFormatter(servers);
        root.addHandler(console);
    }

    @AfterEach
    void detach() {
        root.removeHandler(console);
    }

    private static JsonLogs logs(String format) {
        JsonLogs logs = new JsonLogs();
        logs.format = format;
        return logs;
    }

    @Test
    void whileTheApplicationRunsTheConsoleWritesJsonAndAfterwardsItsOwnFormat() {
        JsonLogs logs = logs("json");

        logs.install();
        assertThat(console.getFormatter()).isInstanceOf(JsonLogFormatter.class);

        logs.restore();
        assertThat(console.getFormatter()).isSameAs(servers);
    }

    @Test
    void textKeepsTheServersFormat() {
        logs("text").install();

        assertThat(console.getFormatter()).isSameAs(servers);
    }
}
