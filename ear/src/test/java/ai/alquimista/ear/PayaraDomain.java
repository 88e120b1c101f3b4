package ai.alquimista.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Server domain of our own, driven through {@code asadmin} as an operator would: created with free ports,
 * started with an environment and a preboot file, an archive deployed, stopped, and its JVM killed if it outlives
 * {@code stop-domain} (it is detached from this JVM, so a shutdown hook kills it too when the build is interrupted).
 */
final class PayaraDomain {

    /** The ports a domain takes, as offsets from its port base (admin 48, HTTP 80, Hazelcast 49 and 59, ...). */
    private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

    private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final Path payaraHome;
    private final Path domainDir;
    private final String name;
    private final int portBase;
    private final Path logs;
    private Optional<ProcessHandle> jvm = Optional.empty();
    private final Thread killOnExit = new Thread(this::killIfAlive, "payara-domain-kill");

    private PayaraDomain(Path payaraHome, Path domainDir, String name, int portBase, Path logs) {
        this.payaraHome = payaraHome;
        this.domainDir = domainDir;
        this.name = name;
        this.portBase = portBase;
        this.logs = logs;
    }

    /** {@code create-domain} on a port base whose ports are all free now, with the heap the launcher gives Micro. */
    static PayaraDomain create(Path payaraHome, Path domainDir, String name) throws IOException {
        Path logs = domainDir.resolveSibling("asadmin");
        Files.createDirectories(logs);
        PayaraDomain domain = new PayaraDomain(payaraHome, domainDir, name, freePortBase(), logs);
        domain.asadmin(
                CREATE_TIMEOUT,
                Map.of(),
                "create-domain",
                "--domaindir",
                domainDir.toString(),
                "--portbase",
                String.valueOf(domain.portBase),
                "--nopassword=true",
                name);
        // JVM options cannot change for a JVM that is already running (preboot), so domain.xml is edited offline
        Path domainXml = domain.domainHome().resolve("config/domain.xml");
        String xml = Files.readString(domainXml);
        String heap = "<jvm-options>-Xmx512m</jvm-options>";
        if (!xml.contains(heap)) {
            throw new IllegalStateException(domainXml + " has no " + heap);
        }
        Files.writeString(
                domainXml,
                xml.replace(
                        heap,
                        "<jvm-options>-Xmx1g</jvm-options>"
                                + "<jvm-options>-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl</jvm-options>"));
        return domain;
    }

    /** {@code start-domain}: {@code environment} becomes the domain JVM's environment. */
    void start(Map<String, String> environment, Path prebootCommands) throws IOException {
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            asadmin(
                    START_TIMEOUT,
                    environment,
                    "start-domain",
                    "--domaindir",
                    domainDir.toString(),
                    "--prebootcommandfile",
                    prebootCommands.toString(),
                    name);
        } finally {
            jvm = readPid().flatMap(ProcessHandle::of);
        }
    }

    /** {@code deploy --name}: an EAR's embedded resource adapters are named {@code <name>#<rar>}. */
    void deploy(Path archive, String applicationName) throws IOException {
        asadmin(
                DEPLOY_TIMEOUT,
                Map.of(),
                "--port",
                String.valueOf(adminPort()),
                "deploy",
                "--name",
                applicationName,
                archive.toString());
    }

    /** {@code stop-domain} (without undeploying: that only costs time), then the JVM killed if still alive. */
    void stop() {
        try {
            if (jvm.map(ProcessHandle::isAlive).orElse(false)) {
                asadmin(STOP_TIMEOUT, Map.of(), "stop-domain", "--domaindir", domainDir.toString(), name);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("stop-domain failed, killing the domain's JVM: " + e.getMessage());
        } finally {
            killIfAlive();
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException | IllegalArgumentException alreadyExitingOrNeverAdded) {
                // nothing to remove
            }
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + (portBase + 80);
    }

    int adminPort() {
        return portBase + 48;
    }

    /** The first line of each of the last SEVERE records of the domain's server.log, for a failure message. */
    String severeRecords(int last) {
        List<String> records = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(domainHome().resolve("logs/server.log"), StandardCharsets.UTF_8);
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).startsWith("[") && lines.get(i).contains("] [SEVERE] [")) {
                    records.add("  " + lines.get(i).substring(1, 24) + " "
                            + lines.get(i + 1).strip());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return "(server.log unreadable: " + e.getMessage() + ")";
        }
        return String.join("\n", records.subList(Math.max(0, records.size() - last), records.size()));
    }

    private Path domainHome() {
        return domainDir.resolve(name);
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(domainHome().resolve("config/pid")).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void killIfAlive() {
        jvm.filter(ProcessHandle::isAlive).ifPresent(process -> {
            System.err.println("the domain's JVM " + process.pid() + " outlived stop-domain: killing it");
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    /** {@code asadmin --interactive=false <args>}; its output goes to a file, since a started domain detaches. */
    private void asadmin(Duration timeout, Map<String, String> environment, String... args) throws IOException {
        String command = args[0].startsWith("--") ? args[2] : args[0];
        Path output = logs.resolve(command + ".log");
        List<String> line =
                new ArrayList<>(List.of("sh", payaraHome.resolve("bin/asadmin").toString(), "--interactive=false"));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        // the application's settings are exactly the ones given, none inherited from the shell running the build
        builder.environment().keySet().removeIf(key -> key.startsWith("ALQUIMISTA_") || key.startsWith("MP_"));
        builder.environment().putAll(environment);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + command + " did not end within " + timeout + ":\n"
                        + tail(output, 30) + "\nSEVERE records of server.log:\n" + severeRecords(15));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted waiting for asadmin " + command, e);
        }
        System.out.printf("asadmin %s: %.1f s%n", command, (System.nanoTime() - start) / 1e9);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + command + " failed (exit " + process.exitValue() + "):\n"
                    + tail(output, 30) + "\nSEVERE records of server.log:\n" + severeRecords(15));
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }

    /** A port base from 20000 to 59900 whose every port is free on this machine right now. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
            boolean free = true;
            for (int offset : PORT_OFFSETS) {
                free &= isFree(base + offset);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base for a Payara Server domain");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
