package ai.alquimista.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ read statically (no Docker engine runs on our machines): the image is built in one stage and run from
 * another that holds a JRE, Payara Micro and the two archives only, as a user that is not root, with a health check on
 * readiness and a heap sized by the container; every module's pom reaches the build's dependency layer; the compose
 * file's services start in order and give the application only settings it reads.
 */
class DockerFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOCKER = ROOT.resolve("docker");

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
    private static List<String> instructions() {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(DOCKER.resolve("Dockerfile")).split("\n")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
                current.append(' ');
            } else {
                instructions.add(current.toString());
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static List<String> lastStage() {
        List<String> all = instructions();
        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith("FROM ")) {
                from = i;
            }
        }
        return all.subList(from, all.size());
    }

    @Test
    void theImageRunsFromAJreStageWithoutBuildToolsAsAUserThatIsNotRoot() {
        List<String> stages =
                instructions().stream().filter(i -> i.startsWith("FROM ")).toList();
        List<String> run = lastStage();
        String runStage = String.join("\n", run);

        assertThat(stages).as("a build stage and a run stage").hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages)
                .allSatisfy(from -> assertThat(from)
                        .as("a pinned base image")
                        .matches("FROM [^:\\s]+:[0-9][^\\s]*( AS \\w+)?")
                        .doesNotContain(":latest"));
        assertThat(run.get(0)).contains("-jre");
        assertThat(runStage)
                .doesNotContainIgnoringCase("mvn ")
                .doesNotContain("maven")
                .doesNotContain("COPY . ");
        assertThat(run)
                .filteredOn(i -> i.startsWith("COPY --from="))
                .allSatisfy(copy -> assertThat(copy).contains("/out/"));
        assertThat(run)
                .filteredOn(i -> i.startsWith("USER "))
                .singleElement()
                .satisfies(user -> assertThat(user).doesNotContain("root").isNotEqualTo("USER 0"));
        assertThat(run).anySatisfy(i -> assertThat(i).startsWith("HEALTHCHECK").contains("/health/ready"));
        assertThat(run).contains("EXPOSE 8080");
        assertThat(runStage).contains("-XX:MaxRAMPercentage=").contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(run)
                .filteredOn(i -> i.startsWith("ENTRYPOINT ["))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .contains("\"--deploy\", \"sqs-ra.rar\"")
                        .contains("\"--deploy\", \"alquimista.war\"")
                        .contains("\"--prebootcommandfile\", \"preboot.asadmin\"")
                        .contains("\"--logproperties\", \"logging.properties\""));
    }

    @Test
    void everyModulesPomReachesTheBuildsDependencyLayer() {
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
        String dockerfile = read(DOCKER.resolve("Dockerfile"));
        while (modules.find()) {
            String module = modules.group(1);
            assertThat(dockerfile).as(module).contains("COPY " + module + "/pom.xml " + module + "/");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeStackStartsInOrderAndGivesTheApplicationOnlySettingsItReads() {
        Map<String, Object> compose = new Yaml().load(read(DOCKER.resolve("compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        String sources = applicationSources();

        assertThat(services).containsKeys("postgres", "sqs", "app");
        assertThat(((Map<String, Object>) services.get("postgres")).get("healthcheck"))
                .isNotNull();
        assertThat((Map<String, Object>) dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
        assertThat(((Map<String, Object>) app.get("build")).get("dockerfile")).isEqualTo("docker/Dockerfile");
        assertThat(environment.keySet().stream().filter(name -> name.startsWith("ALQUIMISTA_")))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(readBy(name, sources))
                        .as(name + " is a setting the application reads")
                        .isTrue());
    }

    /** MicroProfile Config's rule: ALQUIMISTA_DEMO_TENANT is alquimista.demo-tenant; or the variable read as such. */
    private static boolean readBy(String variable, String sources) {
        Matcher names =
                Pattern.compile("(alquimista\\.[a-z0-9][a-z0-9.\\-]*[a-z0-9])").matcher(sources);
        while (names.find()) {
            if (names.group(1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase().equals(variable)) {
                return true;
            }
        }
        return sources.contains("\"" + variable + "\"");
    }

    private static String applicationSources() {
        StringBuilder all = new StringBuilder();
        for (String module : List.of("ejb", "web", "sqs-ra", "domain")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main"))) {
                files.filter(Files::isRegularFile)
                        .filter(file -> file.toString().endsWith(".java")
                                || file.toString().endsWith(".properties"))
                        .forEach(file -> all.append(read(file)).append('\n'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }
}
