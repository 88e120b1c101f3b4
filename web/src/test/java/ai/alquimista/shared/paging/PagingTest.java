package ai.alquimista.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aPageWhoseOffsetAnIntCannotHoldIsRefusedInsteadOfOverflowing() {
        InvalidInput refused = catchThrowableOfType(() -> Paging.of(Integer.MAX_VALUE, 20, 200), InvalidInput.class);

        assertThat(refused.violations()).extracting(Violation::field).containsExactly("page");
        Paging last = Paging.of(Integer.MAX_VALUE / 20, 20, 200);
        assertThat(last.page() * last.size()).isPositive();
        assertThat(Paging.of(Integer.MAX_VALUE, 1, 200).page()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void negativePagesAndSizesOutOfRangeAreNamed() {
        InvalidInput refused = catchThrowableOfType(() -> Paging.of(-1, 0, 200), InvalidInput.class);

        assertThat(refused.violations()).extracting(Violation::field).containsExactly("page", "size");
    }
}
