package ai.alquimista.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutageTest {

    private final Logger log = Logger.getLogger("ai.alquimista.test.outage");
    private final List<LogRecord> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    OutageTest() {
        log.setLevel(Level.ALL);
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void detach() {
        log.removeHandler(capture);
    }

    @Test
    void anOutageIsAWarningOnceThenQuietUntilItIsOver() {
        Outage ledger = new Outage(log, "writing down a timer's ticks");

        ledger.succeeded();
        for (int i = 0; i < 20; i++) {
            ledger.failed(new IllegalStateException("connection refused"));
        }
        ledger.succeeded();
        ledger.failed(new IllegalStateException("again"));

        assertThat(lines.stream().filter(l -> l.getLevel().intValue() >= Level.INFO.intValue()))
                .extracting(l -> l.getLevel() + " " + l.getMessage())
                .containsExactly(
                        "WARNING writing down a timer's ticks failed; further failures are logged at FINE until it"
                                + " works again",
                        "INFO writing down a timer's ticks works again after 20 failure(s)",
                        "WARNING writing down a timer's ticks failed; further failures are logged at FINE until it"
                                + " works again");
        assertThat(lines.get(0).getThrown()).hasMessage("connection refused");
        assertThat(ledger.failures()).isEqualTo(1);
    }
}
