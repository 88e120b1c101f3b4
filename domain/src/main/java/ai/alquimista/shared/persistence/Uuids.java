package ai.alquimista.shared.persistence;

import java.util.UUID;

/**
 * Nullable uuid columns are mapped as text attributes: EclipseLink 4.0.7 (the version in Payara)
 * throws a NullPointerException reading SQL NULL into a {@code UUID} attribute
 * (eclipse-ee4j/eclipselink#2768). Entities keep {@code UUID} in their API and convert here; JPQL
 * parameters compared with such an attribute are strings ({@code uuid.toString()}).
 */
public final class Uuids {

    private Uuids() {}

    public static UUID of(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    public static String text(UUID uuid) {
        return uuid == null ? null : uuid.toString();
    }
}
