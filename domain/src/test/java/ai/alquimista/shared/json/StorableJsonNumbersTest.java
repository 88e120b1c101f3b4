package ai.alquimista.shared.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** jsonb keeps numbers as PostgreSQL's numeric: 131,072 digits before the point at most, 16,383 after. */
class StorableJsonNumbersTest {

    @Test
    void numbersNumericHoldsAreStorable() {
        assertThat(StorableJson.storable(new BigDecimal("11987654321"))).isTrue();
        assertThat(StorableJson.storable(new BigDecimal("-0.000125"))).isTrue();
        assertThat(StorableJson.storable(new BigDecimal("1e131071"))).isTrue();
        assertThat(StorableJson.storable(new BigDecimal("1e-16383"))).isTrue();
    }

    @Test
    void numbersBeyondNumericAreNot() {
        assertThat(StorableJson.storable(new BigDecimal("1e999999999"))).isFalse();
        assertThat(StorableJson.storable(new BigDecimal("-1e131072"))).isFalse();
        assertThat(StorableJson.storable(new BigDecimal("1e-16384"))).isFalse();
        assertThat(StorableJson.storable(new BigDecimal("-1e-999999999"))).isFalse();
    }
}
