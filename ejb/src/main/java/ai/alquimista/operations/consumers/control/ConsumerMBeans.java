package ai.alquimista.operations.consumers.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Reads the consumers' MBeans ({@code ai.alquimista.sqs:type=Consumer,queue=<logical queue>}) from the platform
 * MBean server, where the SQS resource adapter registers one per message-driven bean it feeds.
 */
@ApplicationScoped
public class ConsumerMBeans {

    public static final String DOMAIN = "ai.alquimista.sqs";
    static final String[] ATTRIBUTES = {
        "Queue", "Sessions", "LiveSessions", "LastPollEpochMillis", "Restarts", "GateOpen", "InFlight", "DeadLettered"
    };

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    /** Each consumed queue's report by its logical name. */
    public Map<String, ConsumerReport> byQueue() {
        Map<String, ConsumerReport> reports = new HashMap<>();
        for (ObjectName name : server.queryNames(pattern(), null)) {
            read(name).ifPresent(report -> reports.merge(report.queue(), report, ConsumerReport::plus));
        }
        return reports;
    }

    private Optional<ConsumerReport> read(ObjectName name) {
        try {
            Map<String, Object> values = new HashMap<>();
            AttributeList list = server.getAttributes(name, ATTRIBUTES);
            for (Attribute attribute : list.asList()) {
                values.put(attribute.getName(), attribute.getValue());
            }
            String queue = values.get("Queue") instanceof String text ? text : name.getKeyProperty("queue");
            return Optional.of(new ConsumerReport(
                    queue,
                    number(values, "Sessions").intValue(),
                    number(values, "LiveSessions").intValue(),
                    number(values, "LastPollEpochMillis").longValue(),
                    number(values, "Restarts").longValue(),
                    Boolean.TRUE.equals(values.get("GateOpen")),
                    number(values, "InFlight").intValue(),
                    number(values, "DeadLettered").longValue()));
        } catch (InstanceNotFoundException gone) {
            // unregistered between the query and the read: the consumer was just undeployed
            return Optional.empty();
        } catch (JMException e) {
            throw new IllegalStateException("cannot read consumer MBean " + name + ": " + e.getMessage(), e);
        }
    }

    private static Number number(Map<String, Object> values, String attribute) {
        return values.get(attribute) instanceof Number number ? number : 0;
    }

    private static ObjectName pattern() {
        try {
            return new ObjectName(DOMAIN + ":type=Consumer,*");
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
