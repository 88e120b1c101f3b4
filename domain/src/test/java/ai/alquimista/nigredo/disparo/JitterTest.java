package ai.alquimista.nigredo.disparo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class JitterTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final JanelaDeEnvio COMERCIAL = JanelaDeEnvio.comercial();
    private static final int SORTEIOS = 20_000;

    @Test
    void theAmplitudeIsFiveMinutes() {
        assertThat(Jitter.AMPLITUDE).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anyBaseTimeInAnyZoneEndsUpInsideTheWindow() {
        RandomGenerator random = new SplittableRandom(42);
        List<ZoneId> fusos = List.of(
                SAO_PAULO, ZoneId.of("America/Manaus"), ZoneId.of("America/Noronha"), ZoneId.of("America/Rio_Branco"));
        Instant inicio = Instant.parse("2026-01-01T00:00:00Z");
        long umAno = Duration.ofDays(365).toSeconds();

        for (int i = 0; i < SORTEIOS; i++) {
            Instant base = inicio.plusSeconds(random.nextLong(umAno));
            ZoneId fuso = fusos.get(i % fusos.size());

            Instant agendado = Jitter.agendar(base, fuso, COMERCIAL, random);

            assertThat(COMERCIAL.aberta(agendado, fuso))
                    .as("%s from %s in %s", agendado, base, fuso)
                    .isTrue();
            assertThat(agendado.getNano()).isZero();
            assertThat(agendado).isAfterOrEqualTo(base.minus(Jitter.AMPLITUDE));
        }
    }

    @Test
    void aBaseWellInsideTheWindowMovesUniformlyUpToFiveMinutesEitherWay() {
        RandomGenerator random = new SplittableRandom(42);
        Instant base = em("2026-03-04T11:00");
        Set<Long> deslocamentos = new HashSet<>();

        for (int i = 0; i < SORTEIOS; i++) {
            long deslocamento = Duration.between(base, Jitter.agendar(base, SAO_PAULO, COMERCIAL, random))
                    .toSeconds();
            deslocamentos.add(deslocamento);
        }

        assertThat(deslocamentos).allSatisfy(segundos -> assertThat(segundos).isBetween(-300L, 300L));
        // 601 possible offsets, 20 000 draws: a uniform draw misses any one of them with probability ~e^-33
        assertThat(deslocamentos).hasSize(601);
    }

    @Test
    void aBaseAtClosingTimeEitherStaysBeforeSixOrMovesToJustAfterTheNextOpening() {
        RandomGenerator random = new SplittableRandom(42);
        Instant sexta1758 = em("2026-03-06T17:58");
        Instant segunda0800 = em("2026-03-09T08:00");
        int antes = 0;
        int depois = 0;

        for (int i = 0; i < SORTEIOS; i++) {
            Instant agendado = Jitter.agendar(sexta1758, SAO_PAULO, COMERCIAL, random);
            if (agendado.isBefore(em("2026-03-06T18:00"))) {
                assertThat(agendado).isAfterOrEqualTo(em("2026-03-06T17:53"));
                antes++;
            } else {
                assertThat(agendado).isBetween(segunda0800, segunda0800.plus(Jitter.AMPLITUDE));
                depois++;
            }
        }

        assertThat(antes).isPositive();
        assertThat(depois).isPositive();
    }

    @Test
    void aBaseBeforeOpeningIsNeverPulledBeforeIt() {
        RandomGenerator random = new SplittableRandom(42);
        Instant segunda0758 = em("2026-03-02T07:58");

        for (int i = 0; i < SORTEIOS; i++) {
            assertThat(Jitter.agendar(segunda0758, SAO_PAULO, COMERCIAL, random))
                    .isBetween(em("2026-03-02T08:00"), em("2026-03-02T08:05"));
        }
    }

    private static Instant em(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), SAO_PAULO).toInstant();
    }
}
