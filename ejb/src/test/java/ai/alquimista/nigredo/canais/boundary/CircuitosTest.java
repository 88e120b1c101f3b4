package ai.alquimista.nigredo.canais.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.testing.CountedMetrics;
import ai.alquimista.testing.SimulatedClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A provider account's circuit: what opens it (the provider failing, five times in a row), what does not (a refusal of
 * one message), how long it stays open, and how a trial closes or reopens it.
 */
class CircuitosTest {

    private static final String CONTA = "whatsapp:106540352242922";
    private static final Duration ABERTO = Duration.ofSeconds(30);
    private static final Duration RAPIDO = Duration.ofMillis(40);

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T10:00");
    private final Circuitos circuitos = Circuitos.com(clock, 5, ABERTO);

    @Test
    void everyCallIsCountedByProviderAndOutcomeNeverByAccount() {
        CountedMetrics metrics = new CountedMetrics();
        circuitos.metricas = metrics.registry();

        circuitos.registrar(CONTA, new ResultadoDoEnvio.Enviado("wamid.1", Optional.empty()), RAPIDO);
        circuitos.registrar(CONTA, new ResultadoDoEnvio.Falhou("whatsapp 131026: Message undeliverable"), RAPIDO);
        circuitos.registrar(CONTA, foraDoAr(), RAPIDO);
        circuitos.registrar("email:smtp.padaria.com.br:587", new IllegalStateException("connection reset"), RAPIDO);

        assertThat(metrics.count("provider_calls_total{outcome=sent,provider=whatsapp}"))
                .isEqualTo(1);
        assertThat(metrics.count("provider_calls_total{outcome=answered,provider=whatsapp}"))
                .isEqualTo(1);
        assertThat(metrics.count("provider_calls_total{outcome=failed,provider=whatsapp}"))
                .isEqualTo(1);
        assertThat(metrics.count("provider_calls_total{outcome=failed,provider=email}"))
                .isEqualTo(1);
    }

    @Test
    void fiveProviderFailuresInARowOpenTheCircuitForItsPeriod() {
        falhas(4);
        assertThat(circuitos.permitir(CONTA)).as("four failures: still closed").isTrue();

        circuitos.registrar(CONTA, foraDoAr(), RAPIDO);

        assertThat(circuitos.permitir(CONTA)).isFalse();
        assertThat(circuitos.espera(CONTA)).isEqualTo(ABERTO.plusMillis(1));
        clock.advance(Duration.ofSeconds(10));
        assertThat(circuitos.permitir(CONTA)).isFalse();
        assertThat(circuitos.espera(CONTA)).isEqualTo(Duration.ofSeconds(20).plusMillis(1));
        assertThat(circuitos.abertos())
                .containsExactly(new Circuito(
                        CONTA, "open", 5, clock.instant().minusSeconds(10), "whatsapp 131016: Service unavailable"));
    }

    @Test
    void aRefusedMessageIsTheProviderAnsweringAndBreaksTheRun() {
        falhas(4);
        circuitos.permitir(CONTA);
        circuitos.registrar(CONTA, new ResultadoDoEnvio.Falhou("whatsapp 131026: Message undeliverable"), RAPIDO);
        circuitos.permitir(CONTA);
        circuitos.registrar(CONTA, new ResultadoDoEnvio.TentarDepois("whatsapp 131056: pair rate", ABERTO), RAPIDO);
        falhas(4);

        assertThat(circuitos.permitir(CONTA))
                .as("never five provider failures in a row")
                .isTrue();
        assertThat(circuitos.abertos()).isEmpty();
    }

    @Test
    void afterItsPeriodOneTrialGoesThroughAndItsSuccessClosesTheCircuit() {
        falhas(5);
        clock.advance(ABERTO.plusMillis(1));

        assertThat(circuitos.permitir(CONTA)).as("the trial").isTrue();
        assertThat(circuitos.permitir(CONTA)).as("only one trial at a time").isFalse();
        circuitos.registrar(CONTA, new ResultadoDoEnvio.Enviado("wamid.1", Optional.empty()), RAPIDO);

        assertThat(circuitos.permitir(CONTA)).isTrue();
        assertThat(circuitos.circuitos())
                .containsExactly(new Circuito(CONTA, "closed", 0, null, "whatsapp 131016: Service unavailable"));
    }

    @Test
    void aFailedTrialOpensTheCircuitAgainForAnotherPeriod() {
        falhas(5);
        clock.advance(ABERTO.plusMillis(1));
        assertThat(circuitos.permitir(CONTA)).isTrue();

        circuitos.registrar(CONTA, ResultadoDoEnvio.Incerto.doProvedor("whatsapp did not answer: timeout"), RAPIDO);

        assertThat(circuitos.permitir(CONTA)).isFalse();
        assertThat(circuitos.espera(CONTA)).isEqualTo(ABERTO.plusMillis(1));
        assertThat(circuitos.abertos()).singleElement().satisfies(circuito -> {
            assertThat(circuito.failures()).isEqualTo(6);
            assertThat(circuito.openedAt())
                    .as("open since the outage began")
                    .isEqualTo(clock.instant().minus(ABERTO.plusMillis(1)));
        });
    }

    @Test
    void oneAccountsOutageLeavesTheOthersClosed() {
        falhas(5);

        assertThat(circuitos.permitir("whatsapp:222000222")).isTrue();
        assertThat(circuitos.permitir("email:smtp.exemplo.com.br:587")).isTrue();
        assertThat(circuitos.abertos()).extracting(Circuito::key).containsExactly(CONTA);
    }

    @Test
    void anAdapterThatThrowsCountsAsTheProviderFailing() {
        for (int i = 0; i < 5; i++) {
            circuitos.permitir(CONTA);
            circuitos.registrar(CONTA, new IllegalStateException("WhatsApp is not configured"), RAPIDO);
        }

        assertThat(circuitos.permitir(CONTA)).isFalse();
    }

    private void falhas(int quantas) {
        for (int i = 0; i < quantas; i++) {
            assertThat(circuitos.permitir(CONTA)).isTrue();
            circuitos.registrar(CONTA, foraDoAr(), RAPIDO);
        }
    }

    private static ResultadoDoEnvio foraDoAr() {
        return ResultadoDoEnvio.TentarDepois.doProvedor("whatsapp 131016: Service unavailable", Duration.ofMinutes(5));
    }
}
