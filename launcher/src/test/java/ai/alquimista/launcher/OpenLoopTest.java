package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A phase names its slowest second, so a stall can be found in the logs of that moment. */
class OpenLoopTest {

    @Test
    void the_slowest_second_is_the_one_whose_requests_waited_longest() {
        Map<Integer, List<Long>> bySecond = Map.of(
                0, millis(10, 12, 15),
                1, millis(900, 1_200, 2_000),
                2, millis(20, 25, 3_000));

        OpenLoop.SlowestSecond slowest = OpenLoop.SlowestSecond.of(bySecond);

        assertThat(slowest.second()).isEqualTo(2);
        assertThat(slowest.p95Millis()).isEqualTo(3_000.0);
    }

    private static List<Long> millis(long... values) {
        List<Long> nanos = new ArrayList<>();
        for (long value : values) {
            nanos.add(value * 1_000_000L);
        }
        return nanos;
    }
}
