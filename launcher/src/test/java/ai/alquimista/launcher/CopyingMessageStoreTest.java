package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import org.elasticmq.NeverReceived$;
import org.elasticmq.actor.queue.InternalMessage;
import org.elasticmq.persistence.sql.DBMessage;
import org.junit.jupiter.api.Test;
import scala.Option;
import scala.collection.immutable.Map$;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The SQS message store is handed a copy of a message that a receive is changing: what ElasticMQ's store would read
 * from the live message (a receipt appended but not yet written reads as null) is what made it fail and stop storing.
 */
class CopyingMessageStoreTest {

    @Test
    void a_message_read_while_a_receive_appends_its_receipt_is_stored_with_the_receipts_written() {
        InternalMessage live = message("receipt-1", "receipt-2", null);

        assertThatThrownBy(() -> DBMessage.from(live))
                .as("ElasticMQ's store, handed the live message")
                .isInstanceOf(IllegalArgumentException.class);

        InternalMessage copy = CopyingMessageStore.copy(live);
        assertThat(CollectionConverters.asJava(copy.deliveryReceipts())).containsExactly("receipt-1", "receipt-2");
        assertThat(new String(DBMessage.from(copy).deliveryReceipts())).isEqualTo("[\"receipt-1\",\"receipt-2\"]");
        assertThat(copy.id()).isEqualTo(live.id());
        assertThat(copy.content()).isEqualTo("lead 42");
        assertThat(copy.receiveCount()).isEqualTo(2);
        assertThat(copy.nextDelivery()).isEqualTo(live.nextDelivery());
    }

    private static InternalMessage message(String... receipts) {
        return new InternalMessage(
                "message-1",
                CollectionConverters.asScala(new ArrayList<>(Arrays.asList(receipts))),
                1_000L,
                "lead 42",
                Map$.MODULE$.empty(),
                OffsetDateTime.parse("2026-12-01T04:00:00Z"),
                0,
                NeverReceived$.MODULE$,
                2,
                false,
                Option.empty(),
                Option.empty(),
                Option.empty(),
                Option.empty(),
                Option.empty());
    }
}
