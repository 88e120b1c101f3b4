package ai.alquimista.spine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The demo tenant's admin and the platform operator the first start wrote into ALQUIMISTA_HOME. */
public record DemoCredentials(String email, String password, String operatorEmail, String operatorPassword) {

    public static DemoCredentials read() {
        Properties demo = new Properties();
        try (var reader =
                Files.newBufferedReader(Path.of(System.getenv("ALQUIMISTA_HOME"), "demo-credentials.properties"))) {
            demo.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the first start's demo-credentials.properties", e);
        }
        return new DemoCredentials(
                demo.getProperty("email"),
                demo.getProperty("password"),
                demo.getProperty("operator_email"),
                demo.getProperty("operator_password"));
    }
}
