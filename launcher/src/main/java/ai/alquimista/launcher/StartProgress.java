package ai.alquimista.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/** What {@code ./alquimista start} shows while it starts: one line per part, with the time it took. */
final class StartProgress {

    /** A part's start, which may fail as starting does. */
    interface Step<T> {
        T run() throws IOException, InterruptedException;
    }

    private static final int WIDTH = 72;

    private final PrintStream out;

    StartProgress(PrintStream out) {
        this.out = out;
    }

    /** For the commands that say their own words (benchmarks, the fault suite). */
    static StartProgress silent() {
        return new StartProgress(new PrintStream(OutputStream.nullOutputStream()));
    }

    <T> T step(String part, Step<T> step) throws IOException, InterruptedException {
        out.print("  " + part + " " + ".".repeat(Math.max(3, WIDTH - part.length())) + " ");
        out.flush();
        long started = System.nanoTime();
        try {
            T result = step.run();
            out.printf("ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return result;
        } catch (IOException | InterruptedException | RuntimeException e) {
            out.println("failed");
            throw e;
        }
    }
}
