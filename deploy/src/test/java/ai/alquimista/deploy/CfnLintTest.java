package ai.alquimista.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code cfn-lint} reports nothing on any template (its {@code .cfnlintrc} ignores only W3002, the root stack's
 * template paths that {@code aws cloudformation package} resolves). A machine without cfn-lint fails here, saying so:
 * the check is never skipped.
 */
class CfnLintTest {

    @Test
    void cfnLintFindsNothingInAnyTemplate() throws Exception {
        List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable"));
        Templates.all().forEach(template -> command.add(template.getFileName().toString()));
        Process lint;
        try {
            lint = new ProcessBuilder(command)
                    .directory(Templates.DIRECTORY.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            fail("cfn-lint is not installed (pip install cfn-lint): the templates cannot be checked", e);
            return;
        }
        String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("cfn-lint finished").isTrue();

        assertThat(report)
                .as("cfn-lint's report on " + Path.of("cloudformation"))
                .isEmpty();
        assertThat(lint.exitValue()).isZero();
    }
}
