package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' peak heap comes from the JVM's own GC log lines (JDK 17, G1). */
class GcLogTest {

    @TempDir
    Path home;

    @Test
    void thePeakIsTheMostInUseBeforeAnyCollectionAndTheLiveSetTheMostAfterOne() throws Exception {
        Path log = Files.writeString(home.resolve(GcLog.FILE_NAME), """
                [0.046s][info][gc] Using G1
                [2.565s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 60M->13M(512M) 42.640ms
                [2.968s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 306M->93M(512M) 30.065ms
                [3.100s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 250M->120M(512M) 9.1ms
                [3.200s][info][gc] GC(2) Concurrent Mark Cycle 80.2ms
                """);

        assertThat(GcLog.read(log, 0)).isEqualTo(new GcLog(3, 306, 120));
        assertThat(GcLog.read(log, 3)).isEqualTo(new GcLog(1, 250, 120));
        assertThat(GcLog.lines(log)).isEqualTo(5);
    }

    @Test
    void noLogYetMeansNoCollections() throws Exception {
        assertThat(GcLog.read(home.resolve("absent.log"), 0)).isEqualTo(new GcLog(0, 0, 0));
    }
}
