package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Set;

/**
 * Classifies a WhatsApp Cloud API error ({@code error.code} plus the HTTP status) as a {@link ResultadoDoEnvio}:
 * rate limits and outages wait, an opt-out blocks the lead, a bad number or template fails the message, and a
 * broken token or permission waits while someone fixes the configuration. A server error that is not a known refusal
 * leaves the message {@link ResultadoDoEnvio.Incerto}: Meta may have taken it. Whatever says the account cannot send
 * now (no answer, a server error, the account's throughput or rate limits, a revoked token) is marked {@link
 * ResultadoDoEnvio#provedorIndisponivel()}, for the account's circuit; a refusal of this message (a bad number, the pair
 * rate limit, an opt-out) is not.
 */
final class WhatsAppErrors {

    static final Duration SHORT_WAIT = Duration.ofSeconds(60);
    static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);
    static final Duration RATE_LIMIT_WAIT = Duration.ofMinutes(15);
    static final Duration ECOSYSTEM_WAIT = Duration.ofHours(24);

    private static final Set<Integer> THROUGHPUT = Set.of(130429, 131056);
    /** Too many messages to this one recipient: the account is fine. */
    private static final int PAIR_RATE_LIMIT = 131056;

    private static final Set<Integer> RATE_LIMITS = Set.of(131048, 4, 80007);
    private static final Set<Integer> ECOSYSTEM = Set.of(131049);
    private static final Set<Integer> UNAVAILABLE = Set.of(131000, 1, 2, 131016);
    /** Refusals that say nothing was sent, even with a server error status. */
    private static final Set<Integer> REFUSED_ON_SERVER_ERROR = Set.of(131016);

    private static final Set<Integer> OPTED_OUT = Set.of(131050);
    private static final Set<Integer> PERMANENT =
            Set.of(131026, 131047, 132000, 132001, 132005, 132007, 132012, 132015, 132016, 100, 131008, 131009, 131021);
    private static final Set<Integer> CONFIGURATION = Set.of(190, 10, 200);

    private WhatsAppErrors() {}

    /** An error body Meta sent: {@code code} and {@code message} come from its {@code error} object. */
    static ResultadoDoEnvio classify(int httpStatus, int code, String message) {
        String reason = "whatsapp " + code + ": " + message;
        if (httpStatus >= 500
                && !THROUGHPUT.contains(code)
                && !RATE_LIMITS.contains(code)
                && !ECOSYSTEM.contains(code)
                && !REFUSED_ON_SERVER_ERROR.contains(code)) {
            return ResultadoDoEnvio.Incerto.doProvedor(reason + " (HTTP " + httpStatus + ")");
        }
        if (code == PAIR_RATE_LIMIT) {
            return new ResultadoDoEnvio.TentarDepois(reason, SHORT_WAIT);
        }
        if (THROUGHPUT.contains(code)) {
            return ResultadoDoEnvio.TentarDepois.doProvedor(reason, SHORT_WAIT);
        }
        if (RATE_LIMITS.contains(code)) {
            return ResultadoDoEnvio.TentarDepois.doProvedor(reason, RATE_LIMIT_WAIT);
        }
        if (ECOSYSTEM.contains(code)) {
            return new ResultadoDoEnvio.TentarDepois(reason, ECOSYSTEM_WAIT);
        }
        if (UNAVAILABLE.contains(code)) {
            return ResultadoDoEnvio.TentarDepois.doProvedor(reason, DEFAULT_WAIT);
        }
        if (OPTED_OUT.contains(code)) {
            return new ResultadoDoEnvio.Bloquear(reason);
        }
        if (PERMANENT.contains(code)) {
            return new ResultadoDoEnvio.Falhou(reason);
        }
        if (CONFIGURATION.contains(code)) {
            // The message is fine: only the access token or the app's permissions are wrong.
            return ResultadoDoEnvio.TentarDepois.doProvedor(
                    reason + " (fix the WhatsApp access token or permissions; the message itself is fine)",
                    RATE_LIMIT_WAIT);
        }
        return byStatus(httpStatus, reason);
    }

    /** A response without a readable {@code error} object: only the HTTP status tells what happened. */
    static ResultadoDoEnvio withoutErrorBody(int httpStatus) {
        return byStatus(httpStatus, "whatsapp HTTP " + httpStatus);
    }

    /**
     * No answer at all. Refused before the request was written (connection refused, no route, unknown host, connect
     * timeout): nothing was sent, try again later. Anything else (a read timeout, a reset after the request went out):
     * Meta may have taken the message.
     */
    static ResultadoDoEnvio semResposta(IOException failure) {
        if (failure instanceof ConnectException
                || failure instanceof HttpConnectTimeoutException
                || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException
                || failure.getCause() instanceof ConnectException) {
            return ResultadoDoEnvio.TentarDepois.doProvedor("whatsapp unreachable: " + failure, DEFAULT_WAIT);
        }
        return ResultadoDoEnvio.Incerto.doProvedor("whatsapp did not answer: " + failure);
    }

    private static ResultadoDoEnvio byStatus(int httpStatus, String reason) {
        if (httpStatus >= 500) {
            return ResultadoDoEnvio.Incerto.doProvedor(reason);
        }
        if (httpStatus == 429) {
            return ResultadoDoEnvio.TentarDepois.doProvedor(reason, DEFAULT_WAIT);
        }
        if (httpStatus >= 400) {
            return new ResultadoDoEnvio.Falhou(reason);
        }
        // Neither success nor a client error (a redirect, say): nothing proves the message is bad, the endpoint is
        // wrong.
        return ResultadoDoEnvio.TentarDepois.doProvedor(reason, DEFAULT_WAIT);
    }
}
