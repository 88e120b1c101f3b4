package ai.alquimista.shared.json;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.text.StorableText;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the strings and keys of a JSON value that {@link StorableText} refuses, and the numbers PostgreSQL's
 * numeric cannot hold, each named by its path as the API's problems name fields ({@code leads[2].empresa},
 * {@code settings.canal}); the value itself is {@code body}. Stops after {@value #MAX_VIOLATIONS}: a problem names what to fix, it does not echo a body.
 */
public final class StorableJson {

    static final int MAX_VIOLATIONS = 20;
    static final long MAX_DIGITS_BEFORE_POINT = 131_072;
    static final int MAX_DIGITS_AFTER_POINT = 16_383;
    static final String NUMBER_PROBLEM =
            "is a number PostgreSQL cannot store (at most 131,072 digits before the" + " point and 16,383 after)";

    private StorableJson() {}

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
            case NUMBER -> {
                if (!storable(((JsonNumber) value).bigDecimalValue())) {
                    violations.add(new Violation(path.isEmpty() ? "body" : path, NUMBER_PROBLEM));
                }
            }
            default -> {
                // booleans and null carry no text
            }
        }
    }

    /**
     * Whether PostgreSQL's numeric (what jsonb keeps numbers in) holds the number: at most 131,072 digits before the
     * point and 16,383 after. JSON writes 1e999999999 in 11 characters; storing it fails.
     */
    static boolean storable(BigDecimal number) {
        long before = (long) number.precision() - number.scale();
        return before <= MAX_DIGITS_BEFORE_POINT && number.scale() <= MAX_DIGITS_AFTER_POINT;
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
