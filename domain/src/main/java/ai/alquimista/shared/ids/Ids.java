package ai.alquimista.shared.ids;

import java.util.Optional;
import java.util.UUID;

/** Ids as callers write them: text that may or may not be a UUID. */
public final class Ids {

    private Ids() {}

    public static Optional<UUID> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
