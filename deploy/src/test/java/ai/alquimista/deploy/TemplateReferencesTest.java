package ai.alquimista.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every reference in every template resolves: a {@code Ref} to a parameter, resource or pseudo parameter, a {@code
 * GetAtt} and a {@code Sub}'s {@code ${A.b}} to a resource, a {@code Sub}'s {@code ${X}} to one of those or its own
 * variables, a condition to a condition; and the root stack gives each nested stack exactly the parameters it declares
 * (all it needs, none it does not know) and reads only outputs it has.
 */
class TemplateReferencesTest {

    private static final Set<String> PSEUDO = Set.of(
            "AWS::AccountId",
            "AWS::NotificationARNs",
            "AWS::NoValue",
            "AWS::Partition",
            "AWS::Region",
            "AWS::StackId",
            "AWS::StackName",
            "AWS::URLSuffix");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(?!!)([^}]+)}");

    @Test
    void everyReferenceInEveryTemplateResolves() {
        List<Path> templates = Templates.all();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
        for (Path template : templates) {
            Map<String, Object> parsed = Templates.read(template);
            List<String> unresolved = new ArrayList<>();
            new References(parsed, unresolved).walk(parsed.get("Resources"));
            new References(parsed, unresolved).walk(parsed.get("Outputs"));
            assertThat(unresolved).as(template.getFileName().toString()).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRootStackGivesEveryNestedStackItsParametersAndReadsOnlyItsOutputs() {
        Map<String, Object> root = Templates.read("main.yaml");
        Map<String, Map<String, Object>> children = new java.util.HashMap<>();
        Templates.section(root, "Resources").forEach((name, value) -> {
            Map<String, Object> resource = (Map<String, Object>) value;
            if (!"AWS::CloudFormation::Stack".equals(resource.get("Type"))) {
                return;
            }
            Map<String, Object> properties = (Map<String, Object>) resource.get("Properties");
            Map<String, Object> child = Templates.read((String) properties.get("TemplateURL"));
            children.put(name, child);
            Map<String, Object> given = (Map<String, Object>) properties.getOrDefault("Parameters", Map.of());
            Map<String, Object> declared = Templates.section(child, "Parameters");
            assertThat(declared.keySet())
                    .as(name + " declares every parameter it is given")
                    .containsAll(given.keySet());
            declared.forEach((parameter, definition) -> {
                if (!((Map<String, Object>) definition).containsKey("Default")) {
                    assertThat(given).as(name + " is given " + parameter).containsKey(parameter);
                }
            });
        });
        List<String> outputsRead = new ArrayList<>();
        collectNestedOutputs(root, outputsRead);
        assertThat(outputsRead).isNotEmpty();
        for (String read : outputsRead) {
            String[] parts = read.split("\\.");
            assertThat(Templates.section(children.get(parts[0]), "Outputs"))
                    .as(parts[0] + " has the output " + parts[2])
                    .containsKey(parts[2]);
        }
    }

    @SuppressWarnings("unchecked")
    private static void collectNestedOutputs(Object node, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            Object getAtt = map.get("Fn::GetAtt");
            if (getAtt instanceof List<?> path
                    && path.size() == 2
                    && path.get(1).toString().startsWith("Outputs.")) {
                found.add(path.get(0) + "." + path.get(1));
            }
            map.values().forEach(value -> collectNestedOutputs(value, found));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectNestedOutputs(value, found));
        }
    }

    /** Walks a template's tree and notes every reference that names nothing. */
    private static final class References {

        private final Set<String> resources;
        private final Set<String> names = new HashSet<>(PSEUDO);
        private final Set<String> conditions;
        private final List<String> unresolved;

        References(Map<String, Object> template, List<String> unresolved) {
            this.resources = Templates.section(template, "Resources").keySet();
            this.names.addAll(resources);
            this.names.addAll(Templates.section(template, "Parameters").keySet());
            this.conditions = Templates.section(template, "Conditions").keySet();
            this.unresolved = unresolved;
        }

        void walk(Object node) {
            if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> check(String.valueOf(key), value));
                map.values().forEach(this::walk);
            } else if (node instanceof List<?> list) {
                list.forEach(this::walk);
            }
        }

        private void check(String key, Object value) {
            switch (key) {
                case "Ref" -> expect(names.contains(String.valueOf(value)), "Ref " + value);
                case "Fn::GetAtt" -> {
                    Object resource = value instanceof List<?> path ? path.get(0) : value;
                    expect(resources.contains(String.valueOf(resource)), "GetAtt " + value);
                }
                case "Fn::Sub" -> sub(value);
                case "Condition" -> {
                    if (value instanceof String condition) {
                        expect(conditions.contains(condition), "Condition " + condition);
                    }
                }
                case "Fn::If" -> {
                    Object condition = ((List<?>) value).get(0);
                    expect(conditions.contains(String.valueOf(condition)), "Fn::If " + condition);
                }
                default -> {
                    // not a reference
                }
            }
        }

        private void sub(Object value) {
            String text;
            Set<String> variables = new HashSet<>();
            if (value instanceof List<?> form) {
                text = String.valueOf(form.get(0));
                ((Map<?, ?>) form.get(1)).keySet().forEach(variable -> variables.add(String.valueOf(variable)));
            } else {
                text = String.valueOf(value);
            }
            Matcher matcher = SUB_VARIABLE.matcher(text);
            while (matcher.find()) {
                String variable = matcher.group(1);
                boolean resolves = variable.contains(".")
                        ? resources.contains(variable.substring(0, variable.indexOf('.')))
                        : names.contains(variable) || variables.contains(variable);
                expect(resolves, "Sub ${" + variable + "}");
            }
        }

        private void expect(boolean resolves, String reference) {
            if (!resolves) {
                unresolved.add(reference);
            }
        }
    }
}
