package ai.alquimista.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code ./alquimista start | join | inject <queue> <file|-> | bench [messages | import [rows] | load [--full] | disparo [sends] [tenants] |
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
                case "start" -> Start.run(LaunchSettings.fromEnvironment(env), env, rest, out);
                case "join" -> Start.join(LaunchSettings.fromEnvironment(env), env, rest, out);
                case "inject" -> Inject.run(LaunchSettings.fromEnvironment(env), rest, out);
                case "faults" -> FaultSuite.run(LaunchSettings.fromEnvironment(env), env, rest, out);
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
                  start [--verbose]              start PostgreSQL, SQS and Payara Micro (Ctrl-C stops all); their logs
                                                 go to $ALQUIMISTA_HOME/logs, --verbose shows them here as well
                  join [--verbose]               one more application instance (ALQUIMISTA_HTTP_PORT, e.g. 8081) on
                                                 the database and queues of the system started from the same home
                  inject <queue> <file|-> [k=v]  put a raw message on a queue (recebimento, demo, recebimento-dlq, ...)
                  faults [--quick] [--dispatch]  break the system (kill -9 during an import, PostgreSQL down 60 s,
                                                 a second instance taking over, a poison message, kill -9 during a
                                                 dispatch of 1,000 sends, two instances splitting one) and count:
                                                 every lead once, dead-letter queues empty, every send at most once
                                                 at the local WhatsApp and SMTP servers, within pace and limits;
                                                 --quick: one fault of each kind, --dispatch: the dispatch faults
                  bench [messages]               end-to-end and raw SQS throughput (default 5000 messages)
                  bench sqs [messages]           raw SQS throughput of the embedded server, in memory and persistent (5000)
                  bench import [rows]            a generated CSV until every lead is in a draft campaign (10000)
                  bench load [--full]            seed 001's load profile on POST /api/leads (10/50/100 rps for
                                                 10/30/20 s, --full 60/300/60 s) and GET /api/agents at 100 rps:
                                                 p50/p95/p99, errors, the lag until every lead is in a campaign
                  bench disparo [sends] [tenants]  due sends on a simulated clock, limit violations (10000, 10)
                  bench sentimento [passes]      the embedded classifier on the labelled replies: accuracy, confusion
                                                 matrix, opt-out precision/recall, time per message (200 passes)
                """);
        return 2;
    }
}
