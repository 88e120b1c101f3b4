package ai.alquimista.nigredo.disparo.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock Disparo judges send windows by: the application's, unless {@code alquimista.disparo.relogio} sets the
 * instant it starts from (it then runs at the normal pace). A demo or a test can so start inside business hours
 * on any day; sign-in, tokens and audit keep the real time. {@code alquimista.disparo.relogio-deslocamento} (an ISO-8601
 * duration such as {@code -PT6H}) shifts the real clock by a fixed amount instead: every instance started with the
 * same value reads the same time, whenever it started, which the fault suite's two-instance dispatch needs.
 */
@ApplicationScoped
public class RelogioDoDisparo {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "alquimista.disparo.relogio")
    Optional<String> inicio;

    @Inject
    @ConfigProperty(name = "alquimista.disparo.relogio-deslocamento")
    Optional<String> deslocamento = Optional.empty();

    private Clock relogio;

    @PostConstruct
    void build() {
        relogio = inicio.filter(s -> !s.isBlank())
                .map(s -> Clock.offset(clock, Duration.between(clock.instant(), Instant.parse(s.strip()))))
                .or(() ->
                        deslocamento.filter(s -> !s.isBlank()).map(s -> Clock.offset(clock, Duration.parse(s.strip()))))
                .orElse(clock);
    }

    public Clock clock() {
        return relogio;
    }
}
