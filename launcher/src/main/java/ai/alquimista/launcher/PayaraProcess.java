package ai.alquimista.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro in a child JVM with the resource adapter deployed before the WAR. */
public final class PayaraProcess implements AutoCloseable {

    public static final String JAVA_OPTIONS = "ALQUIMISTA_JAVA_OPTIONS";

    private final Process process;
    private final String healthUrl;

    private static final String PAYARA_LOGGING = "MICRO-INF/domain/logging.properties";
    private static final String CONSOLE_FORMATTER = "java.util.logging.ConsoleHandler.formatter";

    private PayaraProcess(Process process, String healthUrl) {
        this.process = process;
        this.healthUrl = healthUrl;
    }

    /**
     * Starts Payara Micro; {@code quiet} appends its output to {@link LaunchSettings#payaraLog()}, otherwise it shares
     * this process's console.
     */
    public static PayaraProcess start(LaunchSettings settings, Map<String, String> environment, boolean quiet)
            throws IOException {
        for (Path required : List.of(settings.payaraMicro(), settings.rar(), settings.war())) {
            if (!Files.isRegularFile(required)) {
                throw new IOException(required + " is missing: build first (mvn -DskipTests install)");
            }
        }
        Path runtime = Files.createDirectories(settings.payaraRuntime());
        // Micro keeps deployed applications in its root directory and redeploys them at the next start
        // before --deploy replaces them: start from an empty one so only this build runs.
        deleteRecursively(runtime.resolve("root"));
        deleteRecursively(runtime.resolve("tmp"));
        Path tmp = Files.createDirectories(runtime.resolve("tmp"));
        Path preBoot = runtime.resolve("preboot.asadmin");
        Files.writeString(
                preBoot,
                String.join(
                        "\n",
                        "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                                + settings.httpHost(),
                        "set-microprofile-healthcheck-configuration --enabled=true --endpoint=mphealth",
                        // The adapter's XAResource only learns the outcome and holds nothing to recover, so the
                        // transaction manager need not log every delivery's two-phase commit to disk.
                        "set configs.config.server-config.transaction-service.property.disable-distributed-transaction-logging=true",
                        ""));
        Path logging = runtime.resolve("logging.properties");
        Files.writeString(logging, jsonLogging(settings.payaraMicro()));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + environment.getOrDefault("ALQUIMISTA_HEAP", "1g"),
                // heap before and after each collection, for the benchmarks' peak heap (GcLog) and for operators
                "-Xlog:gc:file=" + runtime.resolve(GcLog.FILE_NAME) + "::filecount=0",
                "-Djava.io.tmpdir=" + tmp,
                // Without it every Json.createReader/createObjectBuilder, ours and MicroProfile JWT's on each request,
                // looks the provider up with a ServiceLoader scan of the application's jars (a tenth of a request's
                // CPU)
                "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"));
        command.addAll(javaOptions(environment));
        command.addAll(List.of(
                "-jar",
                settings.payaraMicro().toString(),
                "--nocluster",
                "--port",
                String.valueOf(settings.httpPort()),
                "--prebootcommandfile",
                preBoot.toString(),
                "--logproperties",
                logging.toString(),
                "--rootdir",
                runtime.resolve("root").toString(),
                "--deploy",
                settings.rar().toString(),
                "--deploy",
                settings.war().toString(),
                "--contextroot",
                "/"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (quiet) {
            Files.createDirectories(settings.logs());
            builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            settings.payaraLog().toFile()));
        } else {
            builder.inheritIO();
        }
        return new PayaraProcess(builder.start(), settings.baseUrl() + "/health");
    }

    /**
     * Payara Micro's own logging settings with its JSON formatter on the console, so the lines it writes before the
     * application starts are JSON objects too (with Payara's field names: {@code Timestamp}, {@code Level}, {@code
     * LoggerName}, {@code LogMessage}); the application then sets its own formatter, with seed 001's names.
     */
    static String jsonLogging(Path payaraMicro) throws IOException {
        try (var jar = new java.util.zip.ZipFile(payaraMicro.toFile())) {
            var entry = jar.getEntry(PAYARA_LOGGING);
            if (entry == null) {
                throw new IOException(payaraMicro + " has no " + PAYARA_LOGGING);
            }
            return jsonLogging(new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1));
        }
    }

    static String jsonLogging(String payaraDefaults) {
        return payaraDefaults
                        .lines()
                        .filter(line -> !line.startsWith(CONSOLE_FORMATTER) && !line.contains(".ansiColor="))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"))
                + CONSOLE_FORMATTER + "=fish.payara.enterprise.server.logging.JSONLogFormatter\n";
    }

    /** {@code ALQUIMISTA_JAVA_OPTIONS}: more options for the application's JVM, separated by spaces. */
    static List<String> javaOptions(Map<String, String> environment) {
        String options = environment.getOrDefault(JAVA_OPTIONS, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Waits until {@code GET /health} answers 200, or fails if the process dies or time runs out. */
    public void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro exited with code " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(healthUrl))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Payara is still starting
            }
            Thread.sleep(500);
        }
        throw new IOException("the application did not become healthy within " + timeout.toSeconds() + " s");
    }

    /** What a crash does: SIGKILL, no shutdown hooks, nothing flushed. */
    public long pid() {
        return process.pid();
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
