package ai.alquimista.launcher;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.Limits;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.TheSQSRestServerBuilder;
import org.elasticmq.server.config.ElasticMQServerConfig;
import org.elasticmq.util.NowProvider;
import scala.Option;
import scala.util.Either;

/**
 * ElasticMQ with its SQL message store behind {@link CopyingMessageStore}: what {@code ElasticMQServer.start()} does
 * for a persistent server (queue manager, REST endpoint, restore from the store), with the one difference that the
 * store is handed copies of messages.
 */
final class PersistentElasticMq {

    private final ActorSystem system;
    private final SQSRestServer rest;

    private PersistentElasticMq(ActorSystem system, SQSRestServer rest) {
        this.system = system;
        this.rest = rest;
    }

    static PersistentElasticMq start(ElasticMQServerConfig config, Duration restoreTimeout) {
        ActorSystem system = ActorSystem.create("elasticmq");
        ActorRef store = system.actorOf(CopyingMessageStore.props(config));
        Limits limits = (Limits) config.restSqs().sqsLimits();
        ActorRef queues = system.actorOf(Props.create(
                QueueManagerActor.class, () -> new QueueManagerActor(new NowProvider(), limits, Option.apply(store))));
        SQSRestServer rest = new TheSQSRestServerBuilder(
                        Option.apply(system),
                        Option.apply(queues),
                        config.restSqs().bindHostname(),
                        config.restSqs().bindPort(),
                        config.nodeAddress(),
                        config.generateNodeAddress(),
                        limits,
                        config.awsRegion(),
                        config.awsAccountId(),
                        Option.apply(store))
                .start();
        PersistentElasticMq server = new PersistentElasticMq(system, rest);
        try {
            rest.waitUntilStarted();
            server.restore(store, queues, restoreTimeout);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /** The store creates the stored queues through the queue manager, then hands each its messages. */
    private void restore(ActorRef store, ActorRef queues, Duration timeout) {
        Object restored;
        try {
            restored = Patterns.ask(store, new QueueEvent.Restore(queues), timeout)
                    .toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ElasticMQ restored its queues", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("ElasticMQ could not restore its stored queues: " + e, e);
        }
        if (restored instanceof Either<?, ?> either && either.isLeft()) {
            throw new IllegalStateException("ElasticMQ could not restore its stored queues: "
                    + either.left().get());
        }
    }

    void stop() {
        rest.stopAndWait();
        system.terminate();
        system.getWhenTerminated().toCompletableFuture().join();
    }
}
