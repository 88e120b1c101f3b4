package ai.alquimista.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a hostile client sends: strings an attacker tries in every text field, values that must always be
 * refused, path segments and query values as raw (already percent-encoded) URL text, numbers for paging,
 * broken and wrongly typed JSON bodies. JSON is written here with every non-ASCII character escaped, so lone
 * surrogates and control characters reach the server exactly as written.
 */
final class HostileValues {

    static final int ONE_MB = 1024 * 1024;

    private HostileValues() {}

    record Hostile(String name, String text) {}

    /** Raw bytes of a request body, with the media type it is sent as. */
    record Body(String name, String contentType, byte[] bytes) {
        static Body json(String name, String text) {
            return new Body(name, "application/json", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Text an attacker puts in any field: SQL, script and template injection, path traversal and file URLs,
     * odd Unicode, header injection. Each is valid text, so it is sent in a body that is otherwise invalid.
     */
    static final List<Hostile> STRINGS = List.of(
            new Hostile("sql-or", "' OR 1=1--"),
            new Hostile("sql-drop", "'; DROP TABLE alquimista_platform.users; --"),
            new Hostile("sql-union", "x' UNION SELECT password_hash FROM alquimista_platform.users--"),
            new Hostile("script-img", "<img src=x onerror=alert(1)>"),
            new Hostile("script-svg", "\"><svg onload=alert(1)>"),
            new Hostile("script-tag", "<script>alert(1)</script>"),
            new Hostile("javascript-url", "javascript:alert(document.cookie)"),
            new Hostile("template-partial", "{{> file:/etc/hostname}}"),
            new Hostile("expression", "${7*7}#{7*7}${jndi:ldap://127.0.0.1:1/a}"),
            new Hostile("traversal", "../../etc/passwd"),
            new Hostile("traversal-encoded", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
            new Hostile("file-url", "file:/etc/hostname"),
            new Hostile("traversal-windows", "..\\..\\windows\\win.ini"),
            new Hostile("rtl-override", "\u202Efdp.exe"),
            new Hostile("emoji", "🧪🔥👩‍💻"),
            new Hostile("zero-width", "a\u200B\u200D\uFEFFb"),
            new Hostile("combining", "Z" + "\u0336".repeat(300)),
            new Hostile("noncharacters", "\uFFFE\uFFFF"),
            new Hostile("lone-high-surrogate", "a\uD800b"),
            new Hostile("lone-low-surrogate", "\uDC00"),
            new Hostile("crlf", "x\r\nSet-Cookie: hostile=1"),
            new Hostile("json-operator", "{\"$ne\": null}"),
            new Hostile("long-300", "A".repeat(300)),
            new Hostile("long-5000", "B".repeat(5000)));

    /** Text that must be refused wherever it is written: NUL and other C0 controls, and a 1 MB string. */
    static final List<Hostile> MUST_REFUSE = List.of(
            new Hostile("nul", "\u0000"),
            new Hostile("nul-inside", "Nome\u0000Hostil"),
            new Hostile("c0-escape", "x\u0007\u001b[31mvermelho"),
            new Hostile("c0-backspace", "\b\u0001\u001f"),
            new Hostile("1mb", "A".repeat(ONE_MB)));

    /** Numbers no field can hold (nor PostgreSQL's numeric): refused wherever they are written. */
    static final Map<String, JsonValue> MUST_REFUSE_NUMBERS = Map.of(
            "number-1e999999999", Json.createValue(new java.math.BigDecimal("1e999999999")),
            "number-minus-1e999999999", Json.createValue(new java.math.BigDecimal("-1e999999999")));

    /** Values of the wrong JSON type for a text field. */
    static final Map<String, JsonValue> WRONG_TYPES = Map.of(
            "type-number", Json.createValue(new java.math.BigDecimal("123456789012345678901234567890")),
            "type-huge-exponent", Json.createValue(new java.math.BigDecimal("-1e-999999999")),
            "type-boolean", JsonValue.TRUE,
            "type-object", Json.createObjectBuilder().add("$ne", JsonValue.NULL).build(),
            "type-array", Json.createArrayBuilder().add("' OR 1=1--").build());

    /** Path segments, already percent-encoded as they go on the wire. */
    static final List<Hostile> PATH_SEGMENTS = List.of(
            new Hostile("traversal-raw", "../../../../etc/passwd"),
            new Hostile("traversal-encoded", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
            new Hostile("traversal-double-encoded", "%252e%252e%252fetc%252fpasswd"),
            new Hostile("traversal-semicolon", "..;/..;/WEB-INF/web.xml"),
            new Hostile("traversal-backslash", "..%5c..%5cWEB-INF%5cweb.xml"),
            new Hostile("overlong-slash", "%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
            new Hostile("file-url", "file:%2Fetc%2Fhostname"),
            new Hostile("nul", "%00"),
            new Hostile("nul-suffix", "00000000-0000-0000-0000-000000000000%00.json"),
            new Hostile("control", "%01%07%1b%7f"),
            new Hostile("crlf", "x%0d%0aSet-Cookie:%20hostile=1"),
            new Hostile("sql-or", "%27%20OR%201=1--"),
            new Hostile("script-img", "%3Cimg%20src=x%20onerror=alert(1)%3E"),
            new Hostile("rtl-override", "%E2%80%AEfdp.exe"),
            new Hostile("lone-surrogate", "%ED%A0%80"),
            new Hostile("emoji", "%F0%9F%A7%AA"),
            new Hostile("invalid-utf8", "%FF%FE%FD"),
            new Hostile("long-4000", "C".repeat(4000)),
            new Hostile("huge-number", "99999999999999999999999999999999"),
            new Hostile("uuid-uppercase-nil", "00000000-0000-0000-0000-000000000000"),
            new Hostile("dot", "."),
            new Hostile("json", "%7B%22$ne%22:null%7D"));

    /** Values for a numeric query parameter (page, size, limit). */
    static final List<Hostile> NUMBERS = List.of(
            new Hostile("int-max", "2147483647"),
            new Hostile("int-max-plus-1", "2147483648"),
            new Hostile("long-max-plus-1", "9223372036854775808"),
            new Hostile("huge", "9".repeat(40)),
            new Hostile("negative", "-1"),
            new Hostile("int-min", "-2147483648"),
            new Hostile("exponent", "1e9"),
            new Hostile("decimal", "1.5"),
            new Hostile("hex", "0x10"),
            new Hostile("nan", "NaN"),
            new Hostile("blank", "%20"),
            new Hostile("text", "abc"),
            new Hostile("sql-or", "1%20OR%201=1"),
            new Hostile("nul", "%00"),
            new Hostile("nul-after-digit", "1%00"));

    /** Values for a text query parameter (filters, names). */
    static final List<Hostile> QUERY_TEXTS = List.of(
            new Hostile("sql-or", "%27%20OR%201=1--"),
            new Hostile("sql-like", "%25%27%20OR%20%27%25%27=%27"),
            new Hostile("script-img", "%3Cimg%20src=x%20onerror=alert(1)%3E"),
            new Hostile("traversal", "..%2F..%2Fetc%2Fpasswd"),
            new Hostile("file-url", "file:%2Fetc%2Fhostname"),
            new Hostile("nul", "%00"),
            new Hostile("nul-inside", "user.%00x"),
            new Hostile("control", "%01%07%1b"),
            new Hostile("crlf", "x%0d%0aSet-Cookie:%20hostile=1"),
            new Hostile("rtl-override", "%E2%80%AEfdp"),
            new Hostile("lone-surrogate", "%ED%A0%80"),
            new Hostile("invalid-utf8", "%FF%FE"),
            new Hostile("emoji", "%F0%9F%A7%AA"),
            new Hostile("long-4000", "D".repeat(4000)),
            new Hostile("huge-number", "9".repeat(40)),
            new Hostile("date-far", "99999-12-31T00:00:00Z"),
            new Hostile("date-bc", "-999999999-01-01T00:00:00Z"),
            new Hostile("date-far-future", "%2B999999999-12-31T23:59:59Z"));

    /** Request bodies that no operation may accept: broken JSON, wrong top-level types, odd encodings. */
    static List<Body> brokenBodies() {
        return List.of(
                Body.json("json-truncated", "{\"email\": "),
                Body.json("json-single-quotes", "{'email': 'x'}"),
                Body.json("json-unclosed-array", "[1, 2"),
                Body.json("json-trailing-garbage", "{\"a\": 1}}garbage"),
                Body.json("json-comment", "/* */ {\"a\": 1}"),
                Body.json("json-raw-nul", "{\"texto\": \"a\u0000b\"}"),
                Body.json("json-raw-control", "{\"texto\": \"a\u0007\u001bb\"}"),
                Body.json("json-bad-escape", "{\"texto\": \"\\uZZZZ\"}"),
                Body.json("json-huge-number", "[1e999999999]"),
                Body.json("json-deep-nesting", "[".repeat(100_000) + "]".repeat(100_000)),
                Body.json("json-deep-objects-unclosed", "{\"a\":".repeat(20_000) + "1" + "}".repeat(19_999)),
                Body.json("json-number", "42"),
                Body.json("json-string", "\"' OR 1=1--\""),
                Body.json("json-boolean", "true"),
                Body.json("json-empty-array", "[]"),
                Body.json("json-array-of-strings", "[\"<img src=x onerror=alert(1)>\"]"),
                Body.json("empty", ""),
                Body.json("whitespace", " \r\n\t "),
                new Body("json-bom-utf16", "application/json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_16)),
                new Body(
                        "json-invalid-utf8",
                        "application/json",
                        concat("[\"", new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF, (byte) 0xFE}, "\"]")),
                new Body(
                        "json-2mb",
                        "application/json",
                        ("[" + "1,".repeat(ONE_MB) + "1]").getBytes(StandardCharsets.UTF_8)),
                new Body(
                        "xml-xxe",
                        "application/xml",
                        ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM"
                                        + " \"file:///etc/passwd\">]><r>&x;</r>")
                                .getBytes(StandardCharsets.UTF_8)),
                new Body(
                        "form-urlencoded",
                        "application/x-www-form-urlencoded",
                        "email=%27+OR+1%3D1--&password=x".getBytes(StandardCharsets.UTF_8)),
                new Body("text-plain", "text/plain", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)),
                new Body(
                        "json-charset-hostile",
                        "application/json; charset=x-'OR-1=1",
                        "{}".getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** JSON text with everything outside printable ASCII escaped: lone surrogates and controls arrive as written. */
    static String json(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> entry : ((JsonObject) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quote(entry.getKey(), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue item : (JsonArray) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(item, out);
                }
                out.append(']');
            }
            case STRING -> quote(((JsonString) value).getString(), out);
            case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().toString());
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * The value with the member at a slash-separated path (object keys, array indexes) replaced, or added when
     * its parent exists and it does not.
     */
    static JsonValue with(JsonValue root, String path, JsonValue replacement) {
        int slash = path.indexOf('/');
        String head = slash < 0 ? path : path.substring(0, slash);
        String rest = slash < 0 ? null : path.substring(slash + 1);
        if (root.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = root.asJsonArray();
            int index = Integer.parseInt(head);
            var builder = Json.createArrayBuilder();
            for (int i = 0; i < array.size(); i++) {
                builder.add(
                        i == index
                                ? (rest == null ? replacement : with(array.get(i), rest, replacement))
                                : array.get(i));
            }
            return builder.build();
        }
        JsonObject object = root.asJsonObject();
        JsonValue child = rest == null ? replacement : with(object.get(head), rest, replacement);
        return Json.createObjectBuilder(object).add(head, child).build();
    }
}
