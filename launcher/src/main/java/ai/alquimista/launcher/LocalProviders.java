package ai.alquimista.launcher;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local WhatsApp Cloud API and SMTP server the fault suite sends through, and the configuration that points the
 * application at them (the platform's provider settings, as a deployment sets them; each tenant chooses the Cloud API
 * and SMTP in its Disparo settings). Each application instance gets its own WhatsApp access token and SMTP sender, so
 * the providers can tell which instance sent a message.
 */
final class LocalProviders implements AutoCloseable {

    /** What the local Cloud API takes to answer, about what Graph takes. */
    private static final Duration WHATSAPP_LATENCY = Duration.ofMillis(80);

    /**
     * Disparo judges send windows on a clock shifted to a Wednesday, 10:00 in São Paulo (business hours, no holiday),
     * by the same offset on every instance, so the suite dispatches whenever it runs.
     */
    private static final Instant DISPATCH_MORNING = Instant.parse("2026-11-25T13:00:00Z");

    /** Provider failures in a row that open an account's circuit ({@code alquimista.canais.circuito.falhas}). */
    static final int CIRCUIT_FAILURES = 5;

    /** How long an open circuit lets no call through ({@code alquimista.canais.circuito.aberto-segundos}). */
    static final Duration CIRCUIT_OPEN = Duration.ofSeconds(30);

    private final LocalWhatsApp whatsApp;
    private final LocalSmtp smtp;
    private final Duration clockOffset;

    private LocalProviders(LocalWhatsApp whatsApp, LocalSmtp smtp, Duration clockOffset) {
        this.whatsApp = whatsApp;
        this.smtp = smtp;
        this.clockOffset = clockOffset;
    }

    static LocalProviders start() throws IOException {
        Clock clock = Clock.systemUTC();
        LocalWhatsApp whatsApp = LocalWhatsApp.start(clock, WHATSAPP_LATENCY);
        try {
            return new LocalProviders(
                    whatsApp, LocalSmtp.start(clock), Duration.between(clock.instant(), DISPATCH_MORNING));
        } catch (IOException | RuntimeException e) {
            whatsApp.close();
            throw e;
        }
    }

    /** Disparo's clock minus the real one. */
    Duration clockOffset() {
        return clockOffset;
    }

    /**
     * The application's settings for the suite: the providers' addresses, a 1 s dispatch tick, sends stuck {@code
     * enviando} uncertain after 15 s, Disparo's shifted clock, and the circuits' defaults, stated (5 failures in a row
     * open an account's circuit for 30 s).
     */
    Map<String, String> environment() {
        return Map.of(
                "ALQUIMISTA_WHATSAPP_BASE_URL",
                whatsApp.baseUrl(),
                "ALQUIMISTA_WHATSAPP_ACCESS_TOKEN",
                "instancia-1",
                "ALQUIMISTA_SMTP_HOST",
                "127.0.0.1",
                "ALQUIMISTA_SMTP_PORT",
                String.valueOf(smtp.port()),
                "ALQUIMISTA_SMTP_FROM",
                "Alquimista <instancia-1@faults.alquimista.local>",
                "ALQUIMISTA_DISPARO_TICK_SECONDS",
                "1",
                "ALQUIMISTA_DISPARO_ENVIANDO_SEGUNDOS",
                "15",
                "ALQUIMISTA_DISPARO_RELOGIO_DESLOCAMENTO",
                clockOffset.toString(),
                "ALQUIMISTA_CANAIS_CIRCUITO_FALHAS",
                String.valueOf(CIRCUIT_FAILURES),
                "ALQUIMISTA_CANAIS_CIRCUITO_ABERTO_SEGUNDOS",
                String.valueOf(CIRCUIT_OPEN.toSeconds()));
    }

    /** What a second instance sets differently: how the providers recognise it. */
    Map<String, String> secondInstance() {
        return Map.of(
                "ALQUIMISTA_WHATSAPP_ACCESS_TOKEN", "instancia-2",
                "ALQUIMISTA_SMTP_FROM", "Alquimista <instancia-2@faults.alquimista.local>");
    }

    /** Every message both providers took. */
    List<ProviderCall> calls() {
        List<ProviderCall> calls = new ArrayList<>(whatsApp.log().calls());
        calls.addAll(smtp.log().calls());
        return calls;
    }

    /** Every attempt either provider refused while failing. */
    List<ProviderLog.Refusal> refusals() {
        List<ProviderLog.Refusal> refusals = new ArrayList<>(whatsApp.log().refusals());
        refusals.addAll(smtp.log().refusals());
        return refusals;
    }

    /** The application's circuit key for the local SMTP server ({@code email:<host>:<port>}). */
    String smtpCircuit() {
        return "email:127.0.0.1:" + smtp.port();
    }

    /** Both providers refuse for {@code outage} (WhatsApp 503, SMTP 421): definite refusals, tried again later. */
    void failFor(Duration outage) {
        whatsApp.failFor(outage);
        smtp.failFor(outage);
    }

    @Override
    public void close() throws IOException {
        whatsApp.close();
        smtp.close();
    }
}
