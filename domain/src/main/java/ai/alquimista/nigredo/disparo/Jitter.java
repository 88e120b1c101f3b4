package ai.alquimista.nigredo.disparo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Moves a scheduled send by a few random minutes, so that a campaign's messages do not leave on the exact minute like
 * a robot's, and never out of the lead's {@link JanelaDeEnvio}.
 */
public final class Jitter {

    public static final Duration AMPLITUDE = Duration.ofMinutes(5);

    private Jitter() {}

    /**
     * {@code base} plus a uniform offset in [−{@link #AMPLITUDE}, +{@link #AMPLITUDE}], to the second. When that
     * lands outside the window, the window's next opening plus a uniform offset in [0, {@link #AMPLITUDE}] instead
     * (only forward, so the send does not fall back before the opening); the opening itself if the window is too
     * short for that.
     */
    public static Instant agendar(Instant base, ZoneId fuso, JanelaDeEnvio janela, RandomGenerator random) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(fuso, "fuso");
        Objects.requireNonNull(janela, "janela");
        Objects.requireNonNull(random, "random");
        long amplitude = AMPLITUDE.toSeconds();
        Instant sorteado = base.plusSeconds(random.nextLong(-amplitude, amplitude + 1));
        if (janela.aberta(sorteado, fuso)) {
            return sorteado;
        }
        Instant abertura = janela.proximaAbertura(sorteado, fuso);
        Instant depoisDaAbertura = abertura.plusSeconds(random.nextLong(0, amplitude + 1));
        return janela.aberta(depoisDaAbertura, fuso) ? depoisDaAbertura : abertura;
    }
}
