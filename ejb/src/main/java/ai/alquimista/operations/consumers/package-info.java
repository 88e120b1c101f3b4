/**
 * The application's side of the SQS consumers: what the resource adapter reports about each one (its JMX MBean
 * {@code ai.alquimista.sqs:type=Consumer,queue=<queue>}), judged for readiness and shown to operators.
 */
package ai.alquimista.operations.consumers;
