package ai.alquimista.shared.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * A body the hostile-input suite found answered 500: a number jsonb cannot hold. (Trailing content and deep nesting,
 * refused as ProblemExceptions, which need a JAX-RS runtime, are asserted in HostileInputIT.)
 */
class JsonBodiesHostileTest {

    @Test
    void aNumberPostgresqlCannotStoreIsRefusedNamingItsPath() {
        InvalidInput refused = catchThrowableOfType(
                () -> JsonBodies.parse(
                        "{\"settings\": {\"limite\": 1e999999999}, \"detail\": [1, -1e-999999999, 12.5e3]}"),
                InvalidInput.class);

        assertThat(refused.violations()).extracting(Violation::field).containsExactly("settings.limite", "detail[1]");
        assertThat(refused.violations().get(0).problem()).contains("PostgreSQL");
    }
}
