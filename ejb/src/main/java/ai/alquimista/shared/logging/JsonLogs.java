package ai.alquimista.shared.logging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * While the application runs, the console's log lines (stdout, and the launcher's log file that captures it) are
 * {@link JsonLogFormatter} objects, one per line, unless {@code alquimista.log.format} is {@code text}. The formatter
 * is set on the root logger's console handlers, which format on the logging thread, where the trace ids are; lines
 * written before the application started, or after it stopped, keep the server's own format.
 */
@Startup
@Singleton
public class JsonLogs {

    private static final Logger LOG = Logger.getLogger(JsonLogs.class.getName());

    @Inject
    @ConfigProperty(name = "alquimista.log.format", defaultValue = "json")
    String format;

    private final Map<Handler, Formatter> replaced = new HashMap<>();

    @PostConstruct
    void install() {
        if (!"json".equals(format)) {
            return;
        }
        JsonLogFormatter json = new JsonLogFormatter();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                replaced.put(handler, handler.getFormatter());
                handler.setFormatter(json);
            }
        }
        LOG.info(() -> "log lines are JSON objects from here on (" + replaced.size() + " console handler(s);"
                + " alquimista.log.format=text keeps the server's format)");
    }

    @PreDestroy
    void restore() {
        replaced.forEach(Handler::setFormatter);
        replaced.clear();
    }
}
