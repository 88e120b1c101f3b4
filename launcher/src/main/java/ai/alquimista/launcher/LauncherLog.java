package ai.alquimista.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The launcher's log (the embedded PostgreSQL and SQS servers, through java.util.logging) in a file, not the console. */
final class LauncherLog {

    private LauncherLog() {}

    static void toFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Logger root = Logger.getLogger("");
        for (Handler console : root.getHandlers()) {
            root.removeHandler(console);
        }
        FileHandler handler = new FileHandler(file.toString(), true);
        handler.setFormatter(new SimpleFormatter());
        root.addHandler(handler);
    }
}
