package ai.alquimista.launcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one local provider took and refused, and whether it refuses now: the part {@link LocalWhatsApp} and {@link
 * LocalSmtp} share. A scenario makes the provider fail with {@link #failFor}; every attempt it refuses meanwhile is
 * recorded with the account it came through, so the suite can count the calls an open circuit let through.
 */
final class ProviderLog {

    /**
     * One attempt the provider refused: the channel ({@code whatsapp}, {@code email}), the account as the application's
     * circuits name it after the channel (the phone number id; the SMTP server's {@code host:port}) and when.
     */
    record Refusal(String channel, String account, Instant at) {

        /** The key of the application's circuit for this account: {@code whatsapp:<id>}, {@code email:<host>:<port>}. */
        String circuit() {
            return channel + ":" + account;
        }
    }

    private final String channel;
    private final Clock clock;
    private final List<ProviderCall> calls = new CopyOnWriteArrayList<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private volatile Instant failingUntil = Instant.MIN;

    ProviderLog(String channel, Clock clock) {
        this.channel = channel;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** Refuses every attempt for {@code outage} from now. */
    void failFor(Duration outage) {
        failingUntil = clock.instant().plus(outage);
    }

    /** Whether the provider refuses an attempt through {@code account} now; a refused attempt is recorded. */
    boolean refuses(String account) {
        Instant now = clock.instant();
        if (now.isBefore(failingUntil)) {
            refusals.add(new Refusal(channel, account, now));
            return true;
        }
        return false;
    }

    /** A message the provider took. */
    void took(ProviderCall call) {
        calls.add(call);
    }

    /** Every message taken so far (a refused attempt is not one). */
    List<ProviderCall> calls() {
        return List.copyOf(calls);
    }

    int callCount() {
        return calls.size();
    }

    /** Every attempt refused so far. */
    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }
}
