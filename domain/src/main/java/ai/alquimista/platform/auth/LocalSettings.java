package ai.alquimista.platform.auth;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Settings read where MicroProfile Config may not be up yet (a config source, a static key loader):
 * a system property ({@code alquimista.home}), else its environment variable ({@code ALQUIMISTA_HOME}).
 */
public final class LocalSettings {

    private LocalSettings() {}

    /** The platform's own directory: {@code $ALQUIMISTA_HOME}, else {@code ~/.alquimista}. */
    public static Path home() {
        String home = setting("alquimista.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".alquimista");
    }

    /** @return the setting, or null when unset or blank */
    public static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
