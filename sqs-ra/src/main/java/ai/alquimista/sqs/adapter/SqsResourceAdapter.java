package ai.alquimista.sqs.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * Inbound-only JCA adapter: each message-driven bean activation becomes a {@link QueuePoller}
 * that reads one SQS queue and hands each message to the bean as an SQS JMS library message. All
 * consumers share one infrastructure gate (closed while the database is unreachable), one
 * visibility keeper and one scheduler.
 */
@Connector(
        displayName = "Alquimista SQS inbound adapter",
        vendorName = "Alquimista.AI",
        eisType = "Amazon SQS",
        version = "1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class SqsResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SqsResourceAdapter.class.getName());

    static final String DEFAULT_DATABASE_URL = "jdbc:postgresql://127.0.0.1:5432/alquimista";
    static final String DEFAULT_DATABASE_USER = "postgres";
    private static final int PROBE_TIMEOUT_MILLIS = 2_000;
    private static final Duration VISIBILITY_TICK = Duration.ofSeconds(1);

    private final Map<ActivationKey, QueuePoller> consumers = new ConcurrentHashMap<>();

    @ConfigProperty(
            description = "JDBC URL of the application's PostgreSQL, probed while the infrastructure gate is"
                    + " closed; default: alquimista.db.url / ALQUIMISTA_DB_URL, else the application's default")
    private String databaseUrl;

    @ConfigProperty(description = "user named in the probe's startup message; default: ALQUIMISTA_DB_USER")
    private String databaseUser;

    @ConfigProperty(description = "seconds between probes while the gate is closed", defaultValue = "2")
    private Integer probeIntervalSeconds = 2;

    @ConfigProperty(
            description = "how often one message may be handed back for an unreachable database before its"
                    + " failures count towards its dead-letter queue",
            defaultValue = "10")
    private Integer maxInfrastructureReturns = 10;

    private AdapterServices services;

    @Override
    public void start(BootstrapContext context) {
        ShutdownSignal.register();
        String url = ConsumerSettings.resolve(databaseUrl, "alquimista.db.url").orElse(DEFAULT_DATABASE_URL);
        String user =
                ConsumerSettings.resolve(databaseUser, "alquimista.db.user").orElse(DEFAULT_DATABASE_USER);
        DatabaseProbe probe = PostgresProbe.fromJdbcUrl(url, user, PROBE_TIMEOUT_MILLIS)
                .orElseThrow(() -> new IllegalArgumentException("databaseUrl is not a PostgreSQL JDBC URL: " + url));
        services = services(probe, Duration.ofSeconds(probeIntervalSeconds), maxInfrastructureReturns);
        LOG.info(() -> "SQS inbound adapter started; the database gate probes " + ((PostgresProbe) probe).describe());
    }

    /** Everything the consumers share, with its own scheduler (daemon threads). */
    static AdapterServices services(DatabaseProbe probe, Duration probeInterval, int maxInfrastructureReturns) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "sqs-adapter-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        VisibilityKeeper keeper = new VisibilityKeeper(scheduler, VISIBILITY_TICK);
        keeper.start();
        return new AdapterServices(
                new InfrastructureGate(probe, scheduler, probeInterval),
                keeper,
                scheduler,
                Clock.systemUTC(),
                ManagementFactory.getPlatformMBeanServer(),
                maxInfrastructureReturns);
    }

    static void shutdown(AdapterServices services) {
        services.keeper().stop();
        services.gate().shutdown();
        services.scheduler().shutdownNow();
    }

    @Override
    public void stop() {
        consumers.values().parallelStream().forEach(QueuePoller::stop);
        consumers.clear();
        if (services != null) {
            shutdown(services);
        }
        LOG.info("SQS inbound adapter stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        SqsActivationSpec activation = (SqsActivationSpec) spec;
        activation.validate();
        QueuePoller consumer = new QueuePoller(factory, ConsumerSettings.of(activation), services);
        consumers.put(new ActivationKey(factory, spec), consumer);
        consumer.start();
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        QueuePoller consumer = consumers.remove(new ActivationKey(factory, spec));
        if (consumer != null) {
            consumer.stop();
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    public String getDatabaseUrl() {
        return databaseUrl;
    }

    public void setDatabaseUrl(String databaseUrl) {
        this.databaseUrl = databaseUrl;
    }

    public String getDatabaseUser() {
        return databaseUser;
    }

    public void setDatabaseUser(String databaseUser) {
        this.databaseUser = databaseUser;
    }

    public Integer getProbeIntervalSeconds() {
        return probeIntervalSeconds;
    }

    public void setProbeIntervalSeconds(Integer probeIntervalSeconds) {
        this.probeIntervalSeconds = probeIntervalSeconds;
    }

    public Integer getMaxInfrastructureReturns() {
        return maxInfrastructureReturns;
    }

    public void setMaxInfrastructureReturns(Integer maxInfrastructureReturns) {
        this.maxInfrastructureReturns = maxInfrastructureReturns;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private record ActivationKey(MessageEndpointFactory factory, ActivationSpec spec) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ActivationKey key && key.factory == factory && key.spec == spec;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(factory) * 31 + System.identityHashCode(spec);
        }
    }
}
