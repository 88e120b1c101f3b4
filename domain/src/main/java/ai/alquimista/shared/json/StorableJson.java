package ai.alquimista.shared.json;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.text.StorableText;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the strings and keys of a JSON value that {@link StorableText} refuses, each named by its path as the
 * API's problems name fields ({@code leads[2].empresa}, {@code settings.canal}); the value itself is
 * {@code body}. Stops after {@value #MAX_VIOLATIONS}: a problem names what to fix, it does not echo a body.
 */
public final class StorableJson {

    static final int MAX_VIOLATIONS = 20;

    private StorableJson() {
    }

    public static List<Violation> violations(JsonValue value) {
        return violations(value, "");
    }

    /** @param root the name of the value itself, as the operation calls it ({@code mensagens}); blank for none */
    public static List<Violation> violations(JsonValue value, String root) {
        List<Violation> violations = new ArrayList<>();
        walk(value, root, violations);
        return violations;
    }

    private static void walk(JsonValue value, String path, List<Violation> violations) {
        if (violations.size() >= MAX_VIOLATIONS) {
            return;
        }
        switch (value.getValueType()) {
            case STRING -> {
                if (!StorableText.isStorable(((JsonString) value).getString())) {
                    violations.add(new Violation(path.isEmpty() ? "body" : path, StorableText.PROBLEM));
                }
            }
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                    String name = shown(member.getKey());
                    String field = path.isEmpty() ? name : path + "." + name;
                    if (!StorableText.isStorable(member.getKey()) && violations.size() < MAX_VIOLATIONS) {
                        violations.add(new Violation(field, "the key " + StorableText.PROBLEM));
                    }
                    walk(member.getValue(), field, violations);
                }
            }
            case ARRAY -> {
                List<JsonValue> items = value.asJsonArray();
                for (int i = 0; i < items.size(); i++) {
                    walk(items.get(i), path + "[" + i + "]", violations);
                }
            }
            default -> {
                // numbers, booleans and null carry no text
            }
        }
    }

    /** A key as a field name can show it: refused characters written as a backslash, u and four hex digits. */
    private static String shown(String key) {
        if (StorableText.isStorable(key)) {
            return key;
        }
        StringBuilder shown = new StringBuilder();
        key.codePoints().forEach(c -> {
            String character = Character.toString(c);
            shown.append(StorableText.isStorable(character) ? character : String.format("\\u%04X", c));
        });
        return shown.toString();
    }
}
