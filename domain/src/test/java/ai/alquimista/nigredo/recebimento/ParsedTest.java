package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void aValidReadingHasAValueAndNoProblem() {
        Parsed<String> parsed = Parsed.valid("x");

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.value()).contains("x");
        assertThat(parsed.motivo()).isEmpty();
        assertThat(parsed.map(String::length).value()).contains(1);
    }

    @Test
    void anInvalidReadingHasAProblemAndNoValue() {
        Parsed<String> parsed = Parsed.invalid(Motivo.EMAIL_MISSING_AT);

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.map(String::length).motivo()).contains(Motivo.EMAIL_MISSING_AT);
        assertThatThrownBy(parsed::orElseThrow)
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("E-mail sem @");
    }

    @Test
    void everyProblemHasAMessageForTheTenant() {
        assertThat(Motivo.values())
                .allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
    }
}
