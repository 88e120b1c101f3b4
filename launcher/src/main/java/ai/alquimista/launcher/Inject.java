package ai.alquimista.launcher;

import ai.alquimista.fibonacci.queues.QueueAddress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** {@code ./alquimista inject <queue> <file|-> [name=value ...]}: a raw message straight onto a queue. */
final class Inject {

    private Inject() {}

    static int run(LaunchSettings settings, String[] args, PrintStream out) throws IOException {
        if (args.length < 2) {
            out.println("usage: ./alquimista inject <queue> <file|-> [attribute=value ...]");
            return 2;
        }
        QueueAddress address = QueueAddress.parse(args[0]).orElse(null);
        if (address == null) {
            out.println("unknown queue '" + args[0] + "'; queues: recebimento, estrategia, disparo, atendimento,"
                    + " sentimento, agendamento, relatorios, platform, demo (append -dlq for a dead-letter queue)");
            return 2;
        }
        String body = args[1].equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(args[1]));
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            if (pair.length != 2) {
                out.println("attribute '" + args[i] + "' is not name=value");
                return 2;
            }
            attributes.put(
                    pair[0],
                    MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue(pair[1])
                            .build());
        }
        try (SqsClient sqs = SqsClients.forSettings(settings)) {
            String url = sqs.getQueueUrl(r -> r.queueName(address.physicalName(settings.environment())))
                    .queueUrl();
            String id = sqs.sendMessage(r -> r.queueUrl(url).messageBody(body).messageAttributes(attributes))
                    .messageId();
            out.println("sent message " + id + " to " + address.physicalName(settings.environment()));
        }
        return 0;
    }
}
