package ai.alquimista.shared.templates;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tenant's template in the subset of Mustache that can do no harm: {@code {{name}}} (also {@code {{{name}}}} and
 * {@code {{&name}}}), sections {@code {{#name}}…{{/name}}} shown when the value is not blank, inverted sections
 * {@code {{^name}}…{{/name}}} shown when it is, and comments {@code {{! …}}}, where every name is one of its
 * vocabulary's variables. Partials, inheritance, delimiter changes, pragmas, dotted names and anything else are
 * refused when the template is compiled, so nothing a tenant writes can load a file or a URL, call a method or
 * reach past the values it is given. Output is plain text: nothing is escaped (WhatsApp, text e-mail).
 *
 * <p>mustache.java was used before; its parser resolves partials from the file system and names through
 * reflection, so this parser is the only one that ever reads tenant text.
 */
public final class SandboxedTemplate {

    private static final String OPEN = "{{";
    private static final int MAX_DEPTH = 8;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private sealed interface Node permits Text, Variable, Section {}

    private record Text(String text) implements Node {}

    private record Variable(String name) implements Node {}

    private record Section(String name, boolean inverted, List<Node> children) implements Node {}

    private final List<Node> nodes;

    private SandboxedTemplate(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** @throws TemplateRefused naming the first tag the sandbox does not allow */
    public static SandboxedTemplate compile(String source, TemplateVocabulary vocabulary) {
        return new Parser(source, vocabulary).parse();
    }

    /** The template with each variable replaced by its value; a variable without a value renders empty. */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        render(nodes, values, out);
        return out.toString();
    }

    private static void render(List<Node> nodes, Map<String, String> values, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Variable variable) {
                out.append(values.getOrDefault(variable.name(), ""));
            } else if (node instanceof Section section) {
                String value = values.get(section.name());
                boolean present = value != null && !value.isBlank();
                if (present != section.inverted()) {
                    render(section.children(), values, out);
                }
            }
        }
    }

    private static final class Parser {

        private record Open(String tag, String name, boolean inverted, List<Node> children) {}

        private final String source;
        private final TemplateVocabulary vocabulary;
        private final Deque<Open> open = new ArrayDeque<>();
        private final List<Node> top = new ArrayList<>();
        private int at;

        Parser(String source, TemplateVocabulary vocabulary) {
            this.source = source;
            this.vocabulary = vocabulary;
        }

        SandboxedTemplate parse() {
            while (at < source.length()) {
                int start = source.indexOf(OPEN, at);
                if (start < 0) {
                    add(new Text(source.substring(at)));
                    break;
                }
                if (start > at) {
                    add(new Text(source.substring(at, start)));
                }
                tag(start);
            }
            if (!open.isEmpty()) {
                throw new TemplateRefused(
                        open.peek().tag(),
                        "section not closed: add {{/" + open.peek().name() + "}}");
            }
            return new SandboxedTemplate(List.copyOf(top));
        }

        private void tag(int start) {
            boolean triple = source.startsWith("{{{", start);
            String close = triple ? "}}}" : "}}";
            int end = source.indexOf(close, start + (triple ? 3 : 2));
            if (end < 0) {
                throw new TemplateRefused(source.substring(start), "tag not closed with " + close);
            }
            at = end + close.length();
            String tag = source.substring(start, at);
            String content = source.substring(start + (triple ? 3 : 2), end).strip();
            if (triple) {
                add(new Variable(name(tag, content)));
                return;
            }
            if (content.isEmpty()) {
                throw new TemplateRefused(tag, "empty tag");
            }
            char sigil = content.charAt(0);
            String rest = content.substring(1).strip();
            switch (sigil) {
                case '!' -> {}
                case '&' -> add(new Variable(name(tag, rest)));
                case '#', '^' -> openSection(tag, name(tag, rest), sigil == '^');
                case '/' -> closeSection(tag, rest);
                case '>' -> throw new TemplateRefused(tag, "partials are not allowed");
                case '<', '$' -> throw new TemplateRefused(tag, "template inheritance is not allowed");
                case '=' -> throw new TemplateRefused(tag, "changing the delimiters is not allowed");
                case '%' -> throw new TemplateRefused(tag, "pragmas are not allowed");
                default -> add(new Variable(name(tag, content)));
            }
        }

        private String name(String tag, String name) {
            if (!NAME.matcher(name).matches() || !vocabulary.knows(name)) {
                throw new TemplateRefused(tag, "unknown variable; a template may use only " + vocabulary.listed());
            }
            return name;
        }

        private void openSection(String tag, String name, boolean inverted) {
            if (open.size() == MAX_DEPTH) {
                throw new TemplateRefused(tag, "sections nested deeper than " + MAX_DEPTH);
            }
            Open section = new Open(tag, name, inverted, new ArrayList<>());
            add(new Section(name, inverted, section.children()));
            open.push(section);
        }

        private void closeSection(String tag, String name) {
            if (open.isEmpty() || !open.peek().name().equals(name)) {
                throw new TemplateRefused(
                        tag,
                        open.isEmpty()
                                ? "closes a section that was never opened"
                                : "closes " + name + " while {{" + (open.peek().inverted() ? "^" : "#")
                                        + open.peek().name() + "}} is open");
            }
            open.pop();
        }

        private void add(Node node) {
            (open.isEmpty() ? top : open.peek().children()).add(node);
        }
    }
}
