package ai.alquimista.nigredo.canais.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code circuits} in MicroProfile Health readiness: the provider accounts whose circuit is not closed on this
 * instance, as data ({@code "whatsapp:106540352242922": "open since 2026-12-01T13:00:05Z, 5 failures: whatsapp 131016:
 * Service unavailable"}) with their count in {@code open}. It stays UP: an open circuit is one provider account's
 * outage (one tenant's SMTP server or WhatsApp token), and taking the instance out of the load balancer would stop
 * every other tenant and the whole API without bringing that provider back; the circuit already holds its sends.
 */
@Readiness
@ApplicationScoped
public class CircuitosReadiness implements HealthCheck {

    @Inject
    Circuitos circuitos;

    @Override
    public HealthCheckResponse call() {
        var abertos = circuitos.abertos();
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("circuits").up().withData("open", abertos.size());
        for (Circuito circuito : abertos) {
            response.withData(circuito.key(), descricao(circuito));
        }
        return response.build();
    }

    private static String descricao(Circuito circuito) {
        return circuito.state()
                + (circuito.openedAt() == null ? "" : " since " + circuito.openedAt())
                + ", " + circuito.failures() + " failures"
                + (circuito.lastError() == null ? "" : ": " + circuito.lastError());
    }
}
