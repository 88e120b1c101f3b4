package ai.alquimista.platform.ratelimit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.platform.ratelimit.control.WindowHits;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.SimulatedClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tenant may make 10 requests a minute here. Each application instance decides from its own counts and, after every
 * sync, from the other instances' too; the database ends up with every request counted.
 */
class RequestCountsTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private final SimulatedClock clock = SimulatedClock.em("2026-11-30T10:00:05");
    private final RateLimit tenant = new RateLimit("tenant:" + UUID.randomUUID(), 10, 60);
    private final DatabaseWindows windows = Beans.wire(new DatabaseWindows(), db.dataSource(), clock);

    @Test
    void oneInstanceRefusesTheEleventhRequestOfTheMinuteAndSaysWhenToComeBack() {
        RequestCounts instance = instance();

        assertThat(hits(instance, 10)).allMatch(RateDecision::allowed);
        RateDecision eleventh = instance.hit(List.of(tenant)).get(0);

        assertThat(eleventh.allowed()).isFalse();
        assertThat(eleventh.retryAfterSeconds()).isEqualTo(55);

        clock.advance(Duration.ofSeconds(55));
        assertThat(instance.hit(List.of(tenant)).get(0).allowed()).isTrue();
    }

    @Test
    void twoInstancesShareTheLimitOnceTheyHaveSynced() {
        RequestCounts a = instance();
        RequestCounts b = instance();
        assertThat(hits(a, 6)).allMatch(RateDecision::allowed);
        assertThat(hits(b, 4)).as("b alone has counted 4").allMatch(RateDecision::allowed);

        a.sync();
        b.sync();
        a.sync();

        assertThat(a.hit(List.of(tenant)).get(0).allowed())
                .as("a knows of b's 4")
                .isFalse();
        assertThat(b.hit(List.of(tenant)).get(0).allowed())
                .as("b knows of a's 6")
                .isFalse();
    }

    @Test
    void everyRequestReachesTheDatabaseEvenWhenASyncFails() {
        RequestCounts a = instance();
        RequestCounts b = instance();
        hits(a, 4);
        windows.failNext = true;
        assertThatThrownBy(a::sync).hasMessageContaining("database unreachable");
        hits(a, 2);
        hits(b, 5);

        a.sync();
        b.sync();

        assertThat(db.count(
                        "SELECT sum(hits) FROM alquimista_platform.rate_limit_windows WHERE bucket = ?",
                        tenant.bucket()))
                .isEqualTo(11);
    }

    @Test
    void signInAttemptsAreCountedInTheDatabaseAtOnceSoTheyHoldExactlyAcrossInstances() {
        RateLimit signIn = new RateLimit("signin-ip:" + UUID.randomUUID(), 3, 300);

        List<Boolean> allowed = IntStream.range(0, 4)
                .mapToObj(i -> windows.hit(List.of(signIn)).get(0).allowed())
                .toList();

        assertThat(allowed).containsExactly(true, true, true, false);
    }

    @Test
    void signInAttemptsJustBeforeAWindowEndsStillCountJustAfterIt() {
        RateLimit signIn = new RateLimit("signin-ip:" + UUID.randomUUID(), 3, 300);
        clock.advance(Duration.ofSeconds(294)); // 10:04:59, a second before a five-minute window ends
        IntStream.range(0, 3).forEach(i -> windows.hit(List.of(signIn)));

        clock.advance(Duration.ofSeconds(2));
        RateDecision fourth = windows.hit(List.of(signIn)).get(0);

        assertThat(fourth.allowed()).isFalse();
        clock.advance(Duration.ofSeconds(fourth.retryAfterSeconds()));
        assertThat(windows.hit(List.of(signIn)).get(0).allowed()).isTrue();
    }

    private List<RateDecision> hits(RequestCounts instance, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> instance.hit(List.of(tenant)).get(0))
                .toList();
    }

    private RequestCounts instance() {
        return Beans.wire(new RequestCounts(), windows, clock);
    }

    /** The windows in the database, each call in a transaction of its own as the container runs it. */
    private static final class DatabaseWindows extends RateLimiter {
        boolean failNext;

        @Override
        public List<RateDecision> hit(List<RateLimit> limits) {
            return db.inTransaction(() -> super.hit(limits));
        }

        @Override
        public List<WindowHits> add(List<WindowHits> hits) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("cannot count requests: database unreachable");
            }
            return db.inTransaction(() -> super.add(hits));
        }
    }
}
