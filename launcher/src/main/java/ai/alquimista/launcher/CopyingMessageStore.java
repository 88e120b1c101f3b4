package ai.alquimista.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.OneForOneStrategy;
import org.apache.pekko.actor.Props;
import org.apache.pekko.actor.SupervisorStrategy;
import org.apache.pekko.japi.pf.DeciderBuilder;
import org.elasticmq.actor.queue.InternalMessage;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.server.config.ElasticMQServerConfig;
import scala.collection.mutable.Buffer;
import scala.jdk.javaapi.CollectionConverters;

/**
 * ElasticMQ's SQL message store, handed copies. A queue's actor tells its store about a message by handing over the
 * live message, and goes on receiving it meanwhile: the store reads the delivery receipts while a receive appends one,
 * and a receipt not yet written reads as null. ElasticMQ's store then fails on that message, and Pekko restarts it
 * empty of the queues it knew: it stores nothing more, silently, until the server restarts (seen under {@code bench
 * load}). This actor gives the store a copy taken up to the receipt being written (the receive that writes it tells
 * the store again), and keeps the store's queues if it ever fails on something else.
 */
final class CopyingMessageStore extends AbstractActor {

    private static final Logger LOG = Logger.getLogger(CopyingMessageStore.class.getName());

    private final ActorRef store;

    private CopyingMessageStore(ElasticMQServerConfig config) {
        store = getContext()
                .actorOf(Props.create(
                        SqlQueuePersistenceActor.class,
                        () -> new SqlQueuePersistenceActor(config.sqlQueuePersistenceConfig(), config.baseQueues())));
    }

    static Props props(ElasticMQServerConfig config) {
        return Props.create(CopyingMessageStore.class, () -> new CopyingMessageStore(config));
    }

    @Override
    public SupervisorStrategy supervisorStrategy() {
        return new OneForOneStrategy(DeciderBuilder.matchAny(failure -> {
                    LOG.log(Level.SEVERE, "the SQS message store failed on one change; it goes on storing", failure);
                    return SupervisorStrategy.resume();
                })
                .build());
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(
                        QueueEvent.MessageAdded.class,
                        added -> store.forward(
                                new QueueEvent.MessageAdded(added.queueName(), copy(added.message())), getContext()))
                .match(
                        QueueEvent.MessageUpdated.class,
                        updated -> store.forward(
                                new QueueEvent.MessageUpdated(updated.queueName(), copy(updated.message())),
                                getContext()))
                .matchAny(event -> store.forward(event, getContext()))
                .build();
    }

    static InternalMessage copy(InternalMessage live) {
        return new InternalMessage(
                live.id(),
                receiptsWritten(live.deliveryReceipts()),
                live.nextDelivery(),
                live.content(),
                live.messageAttributes(),
                live.created(),
                live.orderIndex(),
                live.firstReceive(),
                live.receiveCount(),
                live.isFifo(),
                live.messageGroupId(),
                live.messageDeduplicationId(),
                live.tracingId(),
                live.sequenceNumber(),
                live.deadLetterSourceQueueName());
    }

    /** Receipts are only ever appended: read up to the one being written, if any. */
    private static Buffer<String> receiptsWritten(Buffer<String> live) {
        List<String> written = new ArrayList<>();
        for (int i = 0, size = live.length(); i < size; i++) {
            String receipt = live.apply(i);
            if (receipt == null) {
                break;
            }
            written.add(receipt);
        }
        return CollectionConverters.asScala(written);
    }
}
