package ai.alquimista.nigredo.disparo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContagemTest {

    @Test
    void aCountFromTheDatabaseIsNeverNegativeNorMissingItsLastSends() {
        assertThatThrownBy(() -> new Contagem(-1, 0, 0, false, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contagem(0, 0, 0, false, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }
}
