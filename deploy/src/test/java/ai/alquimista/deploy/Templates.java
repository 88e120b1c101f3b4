package ai.alquimista.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The CloudFormation templates under {@code cloudformation/}, read as CloudFormation reads them: a short-form function
 * ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub …}) becomes its long form ({@code {Ref: X}}, {@code {Fn::GetAtt:
 * [A, B]}}, {@code {Fn::Sub: …}}).
 */
final class Templates {

    static final Path DIRECTORY =
            Path.of("..", "cloudformation").toAbsolutePath().normalize();

    private Templates() {}

    static List<Path> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> read(String name) {
        return read(DIRECTORY.resolve(name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path template) {
        try {
            return (Map<String, Object>) new Yaml(new ShortForms()).load(Files.readString(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> template, String name) {
        return (Map<String, Object>) template.getOrDefault(name, Map.of());
    }

    /** {@code !Name x} as CloudFormation's long form: {@code Ref} stays, every other function gets {@code Fn::}. */
    private static final class ShortForms extends SafeConstructor {

        ShortForms() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        String text = constructScalar(scalar);
                        value = tag.equals("GetAtt") ? List.of(text.split("\\.", 2)) : text;
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    Map<String, Object> longForm = new LinkedHashMap<>();
                    longForm.put(function, value);
                    return longForm;
                }
            });
        }
    }
}
