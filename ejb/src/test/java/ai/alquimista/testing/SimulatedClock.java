package ai.alquimista.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test sets and moves on; it stands still in between, so what a test sees does not depend on speed. */
public final class SimulatedClock extends Clock {

    /** Brasília time, where the tenants and most leads are: the seed's business hours are stated in it. */
    public static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    private Instant agora;

    public SimulatedClock(Instant agora) {
        this.agora = agora;
    }

    /** A clock at a local time in Brasília, e.g. {@code em("2026-12-01T10:00")} (a Tuesday morning). */
    public static SimulatedClock em(String brasilia) {
        return new SimulatedClock(brasilia(brasilia));
    }

    /** The instant of a local time in Brasília. */
    public static Instant brasilia(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRASILIA).toInstant();
    }

    public void set(Instant instant) {
        agora = instant;
    }

    public void set(String brasilia) {
        agora = brasilia(brasilia);
    }

    public void advance(Duration duration) {
        agora = agora.plus(duration);
    }

    @Override
    public Instant instant() {
        return agora;
    }

    @Override
    public ZoneId getZone() {
        return BRASILIA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulated clock keeps Brasília's zone");
    }
}
