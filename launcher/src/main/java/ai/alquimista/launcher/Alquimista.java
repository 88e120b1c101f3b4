package ai.alquimista.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code ./alquimista start | inject <queue> <file|-> | bench [messages | import [rows] | disparo [sends] [tenants] |
 * sentimento [passes]]}.
 */
public final class Alquimista {

    /** Held so the settings stay: the embedded servers' INFO chatter would bury the command's output. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.elasticmq"), Logger.getLogger("org.apache.pekko"), Logger.getLogger("io.zonky"));

    private Alquimista() {}

    public static void main(String[] args) throws Exception {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        PrintStream out = System.out;
        Map<String, String> env = System.getenv();
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int status;
        try {
            status = switch (command) {
                case "start" -> Start.run(LaunchSettings.fromEnvironment(env), env, out);
                case "inject" -> Inject.run(LaunchSettings.fromEnvironment(env), rest, out);
                case "bench" -> Benchmark.run(LaunchSettings.fromEnvironment(env), env, rest, out);
                default -> usage(out);
            };
        } catch (Exception e) {
            System.err.println("alquimista " + command + " failed: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    private static int usage(PrintStream out) {
        out.println("""
                usage: ./alquimista <command>
                  start                          start PostgreSQL, SQS and Payara Micro (Ctrl-C stops all)
                  inject <queue> <file|-> [k=v]  put a raw message on a queue (recebimento, demo, recebimento-dlq, ...)
                  bench [messages]               end-to-end and raw SQS throughput (default 5000 messages)
                  bench sqs [messages]           raw SQS throughput of the embedded server, in memory and persistent (5000)
                  bench import [rows]            a generated CSV until every lead is in a draft campaign (10000)
                  bench disparo [sends] [tenants]  due sends on a simulated clock, limit violations (10000, 10)
                  bench sentimento [passes]      the embedded classifier on the labelled replies: accuracy, confusion
                                                 matrix, opt-out precision/recall, time per message (200 passes)
                """);
        return 2;
    }
}
