package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * A circuit breaker per provider account ({@link Transmissor#conta()}), so one tenant's broken SMTP server or revoked
 * WhatsApp token stops only the sends through that account. After {@code alquimista.canais.circuito.falhas} (5)
 * consecutive answers that say the provider cannot send ({@link ResultadoDoEnvio#provedorIndisponivel()}, or an
 * adapter that threw) the circuit opens: for {@code alquimista.canais.circuito.aberto-segundos} (30) no call is made
 * through that account; then one trial goes through (half-open), and its success closes the circuit, its failure opens
 * it again. A refusal of one message (a bad number or address) is the provider answering: it counts as a success.
 *
 * <p>Disparo asks {@link #permitir} before it marks a send {@code enviando} and reports the provider's answer with
 * {@link #registrar}, so a send held back by an open circuit is neither marked nor counted: it stays due. The state is
 * this instance's, in memory (resilience4j's circuit breaker); each instance learns of an outage by itself.
 */
@ApplicationScoped
public class Circuitos {

    public static final String FALHAS = "alquimista.canais.circuito.falhas";
    public static final String ABERTO_SEGUNDOS = "alquimista.canais.circuito.aberto-segundos";
    /** The gauge {@code canais_circuitos{state=closed|open|half_open}}: how many circuits are in each state. */
    public static final String METRICA = "canais_circuitos";

    /** How long a send waits while another one is the half-open circuit's trial. */
    private static final Duration ESPERA_PELO_TESTE = Duration.ofSeconds(5);

    private static final Duration PASSADO_O_PERIODO = Duration.ofMillis(1);

    private static final Logger LOG = Logger.getLogger(Circuitos.class.getName());

    @Inject
    @ConfigProperty(name = FALHAS, defaultValue = "5")
    int falhas;

    @Inject
    @ConfigProperty(name = ABERTO_SEGUNDOS, defaultValue = "30")
    long abertoSegundos;

    @Inject
    Clock clock;

    @Inject
    MetricRegistry metricas;

    private Duration aberto;
    private CircuitBreakerRegistry registro;
    private final Map<String, Conta> contas = new ConcurrentHashMap<>();

    /** Circuits outside the container (tests, the dispatch benchmark): {@code falhas} in a row open one for {@code aberto}. */
    public static Circuitos com(Clock clock, int falhas, Duration aberto) {
        Circuitos circuitos = new Circuitos();
        circuitos.clock = clock;
        circuitos.falhas = falhas;
        circuitos.abertoSegundos = aberto.toSeconds();
        circuitos.configurar(aberto);
        return circuitos;
    }

    @PostConstruct
    void iniciar() {
        configurar(Duration.ofSeconds(abertoSegundos));
        for (Estado estado : Estado.values()) {
            metricas.gauge(new MetricID(METRICA, new Tag("state", estado.rotulo())), this, c -> c.quantos(estado));
        }
    }

    /** Built at start, so the gauges are there before the first send touches a circuit. */
    void aoIniciar(@Observes @Initialized(ApplicationScoped.class) Object aplicacao) {
        LOG.fine(() -> "circuits: " + falhas + " provider failures in a row open one for " + aberto.toSeconds() + " s");
    }

    private void configurar(Duration abertoPor) {
        if (falhas < 1 || abertoPor.isNegative() || abertoPor.isZero()) {
            throw new IllegalStateException(FALHAS + " must be at least 1 and " + ABERTO_SEGUNDOS + " at least 1, not "
                    + falhas + " and " + abertoPor.toSeconds());
        }
        this.aberto = abertoPor;
        this.registro = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                // the last `falhas` calls all failed: that many consecutive failures
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(falhas)
                .minimumNumberOfCalls(falhas)
                .failureRateThreshold(100)
                .waitDurationInOpenState(abertoPor)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .permittedNumberOfCallsInHalfOpenState(1)
                // a trial whose answer never came (its mark was rolled back) does not hold the circuit half-open
                .maxWaitDurationInHalfOpenState(abertoPor)
                .recordResult(resultado -> resultado instanceof ResultadoDoEnvio r && r.provedorIndisponivel())
                .recordException(falha -> true)
                .clock(clock)
                .build());
    }

    /**
     * Whether a message may go through the account now; true takes the half-open circuit's one trial, which {@link
     * #registrar} or {@link #liberar} gives back. False: the circuit is open, nothing may be sent through it.
     */
    public boolean permitir(String conta) {
        return conta(conta).circuito.tryAcquirePermission();
    }

    /** A permission taken by {@link #permitir} that led to no call (the send was not marked after all). */
    public void liberar(String conta) {
        conta(conta).circuito.releasePermission();
    }

    /** The provider's answer to a call {@link #permitir} let through. */
    public void registrar(String conta, ResultadoDoEnvio resultado, Duration duracao) {
        contar(conta, desfecho(resultado));
        Conta estado = conta(conta);
        estado.circuito.onResult(duracao.toNanos(), TimeUnit.NANOSECONDS, resultado);
        if (resultado.provedorIndisponivel()) {
            estado.falhou(motivo(resultado));
        } else {
            estado.respondeu();
        }
    }

    /**
     * One call to the provider through the transmitter, its answer (or what it threw) recorded on the transmitter's
     * account, if it has one. Asking {@link #permitir} first is the caller's.
     */
    public ResultadoDoEnvio transmitir(Transmissor transmissor, MensagemDeSaida mensagem) {
        Optional<String> conta = transmissor.conta();
        long inicio = System.nanoTime();
        ResultadoDoEnvio resultado;
        try {
            resultado = transmissor.transmitir(mensagem);
        } catch (RuntimeException e) {
            conta.ifPresent(c -> registrar(c, e, Duration.ofNanos(System.nanoTime() - inicio)));
            throw e;
        }
        conta.ifPresent(c -> registrar(c, resultado, Duration.ofNanos(System.nanoTime() - inicio)));
        return resultado;
    }

    /** The adapter threw (a broken configuration, a bug) for a call {@link #permitir} let through. */
    public void registrar(String conta, RuntimeException falha, Duration duracao) {
        contar(conta, "failed");
        Conta estado = conta(conta);
        estado.circuito.onError(duracao.toNanos(), TimeUnit.NANOSECONDS, falha);
        estado.falhou(String.valueOf(falha));
    }

    /**
     * {@code provider_calls_total{provider, outcome}}: every call through an account, by provider ({@code whatsapp},
     * {@code email}: the account's kind, never the account, so tenants add no series) and outcome: {@code sent}, {@code
     * answered} (the provider answered without sending: a refused number, a retry-later) or {@code failed} (it could
     * not send, or the adapter threw; what opens circuits).
     */
    private static String desfecho(ResultadoDoEnvio resultado) {
        if (resultado.provedorIndisponivel()) {
            return "failed";
        }
        return resultado instanceof ResultadoDoEnvio.Enviado ? "sent" : "answered";
    }

    private void contar(String conta, String resultado) {
        if (metricas != null) {
            String provedor = conta.contains(":") ? conta.substring(0, conta.indexOf(':')) : conta;
            metricas.counter("provider_calls_total", new Tag("provider", provedor), new Tag("outcome", resultado))
                    .inc();
        }
    }

    /**
     * How long sends through the account must wait when {@link #permitir} said no: until the open circuit lets a trial
     * through, or a short while when another send is the trial.
     */
    public Duration espera(String conta) {
        Conta estado = conta(conta);
        return switch (Estado.de(estado.circuito.getState())) {
            case OPEN -> {
                Instant abriu = estado.abertoAgora == null ? clock.instant() : estado.abertoAgora;
                // resilience4j lets the trial through strictly after the open period: a millisecond past it
                Duration resta =
                        Duration.between(clock.instant(), abriu.plus(aberto)).plus(PASSADO_O_PERIODO);
                yield resta.isNegative() ? PASSADO_O_PERIODO : resta;
            }
            case HALF_OPEN -> ESPERA_PELO_TESTE;
            case CLOSED -> Duration.ZERO;
        };
    }

    /** Every circuit this instance knows (each account it sent through), open ones first. */
    public List<Circuito> circuitos() {
        return contas.entrySet().stream()
                .map(entry -> entry.getValue().circuito(entry.getKey()))
                .sorted(Comparator.comparing((Circuito c) -> c.state().equals(Estado.CLOSED.rotulo()))
                        .thenComparing(Circuito::key))
                .toList();
    }

    /** The circuits not closed: open, or half-open while their trial is out. */
    public List<Circuito> abertos() {
        return circuitos().stream()
                .filter(c -> !c.state().equals(Estado.CLOSED.rotulo()))
                .toList();
    }

    private long quantos(Estado estado) {
        return contas.values().stream()
                .filter(c -> Estado.de(c.circuito.getState()) == estado)
                .count();
    }

    private Conta conta(String conta) {
        return contas.computeIfAbsent(conta, this::nova);
    }

    private Conta nova(String conta) {
        Conta nova = new Conta(registro.circuitBreaker(conta));
        nova.circuito.getEventPublisher().onStateTransition(evento -> {
            CircuitBreaker.State para = evento.getStateTransition().getToState();
            Instant agora = clock.instant();
            if (para == CircuitBreaker.State.OPEN) {
                nova.abriu(agora);
                LOG.warning(() -> "circuit " + conta + " open after " + nova.falhasSeguidas.get()
                        + " consecutive failures (" + nova.ultimaFalha + "): no call through it for "
                        + aberto.toSeconds() + " s");
            } else if (para == CircuitBreaker.State.CLOSED) {
                nova.fechou();
                LOG.info(() -> "circuit " + conta + " closed: the provider answers again");
            }
        });
        return nova;
    }

    private static String motivo(ResultadoDoEnvio resultado) {
        if (resultado instanceof ResultadoDoEnvio.TentarDepois depois) {
            return depois.motivo();
        }
        if (resultado instanceof ResultadoDoEnvio.Incerto incerto) {
            return incerto.motivo();
        }
        return resultado.toString();
    }

    /** The states as the API, the readiness check and the metric name them. */
    enum Estado {
        CLOSED("closed"),
        OPEN("open"),
        HALF_OPEN("half_open");

        private final String rotulo;

        Estado(String rotulo) {
            this.rotulo = rotulo;
        }

        String rotulo() {
            return rotulo;
        }

        static Estado de(CircuitBreaker.State state) {
            return switch (state) {
                case CLOSED, DISABLED, METRICS_ONLY -> CLOSED;
                case HALF_OPEN -> HALF_OPEN;
                case OPEN, FORCED_OPEN -> OPEN;
            };
        }
    }

    /** One account's circuit and what operators see of it. */
    private static final class Conta {
        final CircuitBreaker circuito;
        final AtomicInteger falhasSeguidas = new AtomicInteger();
        volatile String ultimaFalha;
        /** When it first opened in this outage (kept through failed trials), and when it last opened. */
        volatile Instant abertoDesde;

        volatile Instant abertoAgora;

        Conta(CircuitBreaker circuito) {
            this.circuito = circuito;
        }

        void falhou(String motivo) {
            ultimaFalha = motivo;
            falhasSeguidas.incrementAndGet();
        }

        void respondeu() {
            falhasSeguidas.set(0);
        }

        void abriu(Instant quando) {
            abertoAgora = quando;
            if (abertoDesde == null) {
                abertoDesde = quando;
            }
        }

        void fechou() {
            abertoDesde = null;
            abertoAgora = null;
        }

        Circuito circuito(String conta) {
            return new Circuito(
                    conta, Estado.de(circuito.getState()).rotulo(), falhasSeguidas.get(), abertoDesde, ultimaFalha);
        }
    }
}
