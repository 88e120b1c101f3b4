package ai.alquimista.shared.persistence;

import java.sql.SQLException;
import org.postgresql.util.PGobject;

final class Jsonb {

    private Jsonb() {}

    static PGobject column(String json) {
        PGobject column = new PGobject();
        column.setType("jsonb");
        try {
            column.setValue(json);
        } catch (SQLException impossible) {
            // PGobject.setValue only declares the exception for subclasses that parse their value.
            throw new IllegalStateException(impossible);
        }
        return column;
    }

    static String text(Object dbData) {
        if (dbData == null) {
            return null;
        }
        if (dbData instanceof PGobject column) {
            return column.getValue();
        }
        if (dbData instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException(
                "not a jsonb value: " + dbData.getClass().getName());
    }
}
