package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @Test
    void theDatabaseAddressIsPrintedWithoutAPasswordWrittenIntoIt() {
        assertThat(LaunchSettings.printable("jdbc:postgresql://db.internal:5432/alquimista?user=app&password=s3gredo"))
                .isEqualTo("jdbc:postgresql://db.internal:5432/alquimista");
        assertThat(LaunchSettings.printable("jdbc:postgresql://app:s3gredo@db.internal/alquimista"))
                .isEqualTo("jdbc:postgresql://db.internal/alquimista");
        assertThat(LaunchSettings.printable("jdbc:sqlserver://db.internal;user=app;password=s3gredo"))
                .isEqualTo("jdbc:sqlserver://db.internal");
    }

    @Test
    void anAddressWithNothingSecretIsPrintedAsItIs() {
        assertThat(LaunchSettings.printable("jdbc:postgresql://localhost:5432/postgres"))
                .isEqualTo("jdbc:postgresql://localhost:5432/postgres");
    }
}
