package ai.alquimista.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.alquimista.nigredo.canais.whatsapp.AssinaturaMeta;
import ai.alquimista.platform.Tenants;
import ai.alquimista.security.HostileValues.Body;
import ai.alquimista.security.HostileValues.Hostile;
import ai.alquimista.security.OpenApiOperations.Operation;
import ai.alquimista.security.Verdicts.Expect;
import ai.alquimista.security.Verdicts.Probe;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.Database;
import ai.alquimista.spine.DemoCredentials;
import ai.alquimista.spine.EmbeddedInfrastructure;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8's proof: a hostile-input suite generated from the OpenAPI document. For every operation the document
 * lists it sends hostile path segments, query values, headers and bodies (broken JSON, wrong types, NUL and other
 * controls, 1 MB strings, SQL, script and template strings, path traversal, odd Unicode, huge numbers), another
 * tenant's ids, and tokens that are forged, expired, unsigned, tampered or odd — as tenant A's admin with every agent
 * activated (so the activation gate hides no handler), as tenant B's admin, as the platform operator (for
 * {@code /admin}), and without a token. Every request is designed to be refused. It asserts: no 5xx, every 4xx is
 * {@code application/problem+json}, nothing refused-by-design was answered 2xx, and no table of the three schemas
 * gained or lost a row (the audit log and the rate-limit counters aside). The figures are logged at INFO.
 *
 * <p>Rate limits: all IT classes share one environment (web/pom.xml), where the tenant limit is low so PlatformIT
 * can see its 429. This class deploys the same WAR with {@link RaisedLimits} (for this deployment only); a 429
 * fails the suite.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class HostileInputIT {

    private static final Logger LOG = Logger.getLogger(HostileInputIT.class.getName());
    private static final Duration PIPELINE = Duration.ofSeconds(120);

    /**
     * Tables a refused request may change: the audit log (refusals are audited), the rate-limit counters (sign-in
     * limits included) and the failed-login counts per account and address.
     */
    static final Set<String> MAY_CHANGE = Set.of(
            "alquimista_platform.audit_logs",
            "alquimista_platform.rate_limit_windows",
            "alquimista_platform.sign_in_guards");

    private final Tenants tenants = new Tenants();
    private static final AtomicInteger SCENES = new AtomicInteger();
    private final Verdicts verdicts = new Verdicts();

    @ArquillianResource
    URL base;

    private Api api;
    private HostileClient client;
    private Scene a;
    private Scene b;
    private String operatorToken;
    private BodyShapes shapes;
    private Map<String, String> badTokens;
    private Map<String, String> oddTokens;
    /** A session of tenant A's admin of its own, for the operation that ends the caller's session (logout). */
    private String disposable;
    /** The odd-claims tokens for the sign-out, each on a session of its own (signed in before the counts). */
    private final Map<String, String> signOutOddTokens = new LinkedHashMap<>();

    @Deployment(testable = false)
    static WebArchive application() {
        return RaisedLimits.onto(
                ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war"))));
    }

    /** A tenant as the suite uses it: its admin (signed in), a viewer, and one of each resource with its id. */
    record Scene(
            UUID tenant,
            String email,
            UUID admin,
            UUID viewer,
            String token,
            Api api,
            String draft,
            JsonObject draftMessages,
            String approved,
            String importId,
            String sandboxMessage,
            String envio,
            String event,
            String trace,
            String orfa,
            String lead,
            String revisao,
            String agendamento,
            String relatorio,
            String outbox) {}

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndWritesNothing() throws Exception {
        api = new Api(base);
        client = new HostileClient(base.toString());
        List<Operation> operations = OpenApiOperations.of(openApi());
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(30);

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        a = scene("Hostil Alfa Ltda " + suffix, "alfa" + suffix, true);
        b = scene("Hostil Beta Ltda " + suffix, "beta" + suffix, false);
        operatorToken = operatorToken();
        shapes = new BodyShapes(a.draftMessages());
        badTokens = HostileTokens.refused(a.token(), a.admin(), a.tenant(), b.tenant());
        oddTokens = HostileTokens.oddClaims(disposableToken(), a.admin(), a.tenant());
        disposable = disposableToken();
        for (String variant : oddTokens.keySet()) {
            signOutOddTokens.put(
                    variant,
                    HostileTokens.oddClaims(disposableToken(), a.admin(), a.tenant())
                            .get(variant));
        }
        verdicts.neverShow(signingKeyOpening());

        tenants.relatoriosJaFeitos();
        TableCounts tables = new TableCounts(MAY_CHANGE);
        Map<String, Long> before = tables.settled(4, Duration.ofSeconds(60));
        long started = System.nanoTime();

        List<String> untaught = new ArrayList<>();
        for (Operation operation : operations) {
            untaught.addAll(attack(operation));
        }
        crossChecks();

        Map<String, Long> after = tables.settled(4, Duration.ofSeconds(30));
        Map<String, long[]> changed = TableCounts.changes(before, after);
        report(operations, changed, Duration.ofNanos(System.nanoTime() - started));

        assertThat(untaught)
                .as("operations the suite must be taught (a body shape or an id for a path parameter)")
                .isEmpty();
        assertThat(verdicts.sent()).as("requests sent").isGreaterThanOrEqualTo(1000);
        assertThat(verdicts.perOperation().keySet())
                .as("operations covered")
                .containsAll(operations.stream().map(Operation::key).toList());
        assertThat(verdicts.failures())
                .as("5xx, 4xx without a problem, wrong 401s and leaks (method path · caller ·" + " variant → status)")
                .isEmpty();
        assertThat(verdicts.accepted())
                .as("hostile requests answered 2xx (each was designed to be refused)")
                .isEmpty();
        assertThat(changed.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()[0] + " → " + e.getValue()[1])
                        .toList())
                .as("tables whose row count changed")
                .isEmpty();
    }

    /** What the suite found and this branch fixed, asserted one by one so a regression names itself. */
    @Test
    void theFindingsFixedOnThisBranchStayFixed() {
        api = new Api(base);
        client = new HostileClient(base.toString());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID tenant = tenants.tenant("Regressões Hostis Ltda " + suffix);
        String email = "gestor." + suffix + "@regressoes-hostis.com.br";
        UUID user = tenants.user(tenant, email, "admin");
        String token = api.post(
                        "auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}")
                .json()
                .getString("access_token");
        assertThat(api.as(token)
                        .post("api/agents/nigredo-recebimento/activate", "{}")
                        .status())
                .isEqualTo(200);
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

        // a Content-Type whose charset Jersey cannot read was Payara's HTML error page
        var charset = client.send(
                "POST",
                "/api/users",
                bearer,
                new Body("charset", "application/json; charset=x-'OR-1=1", "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(charset.status()).isEqualTo(400);
        assertThat(charset.contentType()).startsWith("application/problem+json");
        assertThat(charset.body()).contains("\"status\":400").doesNotContain("<html");

        // an XLSX whose sheet declares an external entity was a 500; nothing is imported, nothing is read
        var xxe = client.send(
                "POST",
                "/api/leads/import",
                bearer,
                new Body(
                        "xlsx-xxe",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xxeWorkbook()));
        assertThat(xxe.status()).isEqualTo(400);
        assertThat(xxe.contentType()).startsWith("application/problem+json");
        assertThat(xxe.body()).contains("\"field\":\"file\"").doesNotContain("root:");
        assertThat(new Database().count("SELECT count(*) FROM nigredo_leads.imports WHERE tenant_id = ?", tenant))
                .isZero();

        // an audit filter before the year 1 (Instant parses it; PostgreSQL cannot hold it) was a 500
        for (String filter : List.of("from=-999999999-01-01T00:00:00Z", "to=%2B999999999-12-31T23:59:59Z")) {
            var refused = client.send("GET", "/api/audit-logs?" + filter, bearer, null);
            assertThat(refused.status()).as(filter).isEqualTo(400);
            assertThat(refused.body())
                    .as(filter)
                    .contains("\"field\":\"" + filter.substring(0, filter.indexOf('=')) + "\"");
        }

        // a body with content after its value was read up to the value and accepted; nesting past 1,000 levels and a
        // number jsonb cannot hold were 500s
        for (String body : List.of(
                "{\"settings\": {}}}garbage",
                "[".repeat(100_000) + "]".repeat(100_000),
                "{\"settings\": {\"nota\": 1e999999999}}")) {
            var refused =
                    client.send("POST", "/api/agents/nigredo-recebimento/activate", bearer, Body.json("body", body));
            assertThat(refused.status()).as(body.substring(0, 20)).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(new Database()
                        .count(
                                "SELECT count(*) FROM alquimista_platform.agent_activations"
                                        + " WHERE tenant_id = ? AND settings <> '{}'::jsonb",
                                tenant))
                .isZero();

        // a validly signed token of an open session whose role is none of ours (a Cognito pool's custom:user_role
        // nobody mapped) or whose subject is no UUID was a 500
        Map<String, String> odd = HostileTokens.oddClaims(token, user, tenant);
        for (String variant : List.of("token-claims-unknown-role", "token-claims-subject-not-uuid")) {
            var refused = client.send("GET", "/api/me", Map.of("Authorization", odd.get(variant)), null);
            assertThat(refused.status()).as(variant).isEqualTo(401);
            assertThat(refused.contentType()).as(variant).startsWith("application/problem+json");
        }

        // a token with the platform-operator role and a tenant (tenant_id, or Cognito's custom:tenant_id) was an
        // operator on /admin and that tenant's user on /api; now it is neither
        for (String variant :
                List.of("token-claims-operator-with-tenant", "token-claims-operator-with-cognito-tenant")) {
            for (String path : List.of("/api/me", "/admin/tenants", "/admin/circuits", "/api/leads")) {
                var refused = client.send("GET", path, Map.of("Authorization", odd.get(variant)), null);
                assertThat(refused.status()).as(variant + " " + path).isEqualTo(401);
                assertThat(refused.contentType()).as(variant + " " + path).startsWith("application/problem+json");
                assertThat(refused.body()).as(variant + " " + path).contains("platform-operator", "tenant_id");
            }
        }

        // the OpenAPI document says which operations need a token, and names body properties as the API reads them
        JsonObject paths = openApi().getJsonObject("paths");
        assertThat(paths.getJsonObject("/events").getJsonObject("post").getJsonArray("security"))
                .isNotEmpty();
        assertThat(paths.getJsonObject("/events/{id}").getJsonObject("get").getJsonArray("security"))
                .isNotEmpty();
        assertThat(paths.getJsonObject("/auth/logout").getJsonObject("post").getJsonArray("security"))
                .isNotEmpty();
        JsonObject schemas = openApi().getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("PasswordChangeRequest")
                        .getJsonObject("properties")
                        .keySet())
                .contains("new_password")
                .doesNotContain("newPassword");
    }

    // ------------------------------------------------------------------ the attack, per operation

    /** Every variant for one operation; answers what the suite lacks to cover it (empty when taught). */
    private List<String> attack(Operation operation) {
        List<String> untaught = new ArrayList<>();
        Optional<BodyShapes.Shape> shape = shapes.of(operation.key());
        boolean file = operation.key().equals("POST /api/leads/import");
        if (operation.hasBody() && shape.isEmpty() && !file) {
            untaught.add(operation.key() + ": no body shape");
        }
        for (String parameter : operation.pathParams()) {
            if (ownId(operation, parameter, a) == null) {
                untaught.add(operation.key() + ": no id for {" + parameter + "}");
            }
        }
        shape.ifPresent(
                s -> operation.bodyProperties().stream()
                        .filter(property ->
                                s.fields().stream().noneMatch(field -> field.split("/")[0].equals(property)))
                        .forEach(
                                property -> untaught.add(
                                        operation.key() + ": the document names the body property '" + property
                                                + "', which the suite's shape does not know (does the API read it under another name?)")));
        if (!untaught.isEmpty()) {
            return untaught;
        }
        boolean admin = operation.path().startsWith("/admin");
        Scene own = a;
        // the sign-out takes nothing but the caller's session: its variants use a session of their own and may succeed
        boolean endsSession = operation.key().equals("POST /auth/logout");
        Caller main = admin
                ? Caller.operator(operatorToken)
                : endsSession
                        ? Caller.of("tenant-a-admin-disposable", disposable)
                        : Caller.of("tenant-a-admin", a.token());
        Body validBody = shape.map(s -> json(s.valid().get())).orElse(null);
        Body invalidBody = shape.map(s -> json(s.invalid(s.fields().get(0), Json.createValue("' OR 1=1--"))))
                .orElse(file ? csv("nome;cidade\nMaria;SP\n") : null);
        Expect hostile = operation.writes() ? Expect.REFUSED : Expect.READ;
        // a write without a body would act on the caller's own resource: those variants name unknown ids instead
        Map<String, String> ids =
                operation.writes() && !operation.hasBody() ? unknownIds(operation) : ownIds(operation, own);
        String plain = target(operation, ids, "");

        // path parameters: hostile segments, another tenant's ids and unknown ids, with an otherwise valid body
        for (String parameter : operation.pathParams()) {
            List<Hostile> segments = new ArrayList<>(HostileValues.PATH_SEGMENTS);
            segments.add(new Hostile("unknown-uuid", UUID.randomUUID().toString()));
            String foreign = ownId(operation, parameter, b);
            // the unsubscribe link is a capability anyone holding it may use; operators act on every tenant
            boolean crossTenantByDesign = operation.path().startsWith("/descadastro") || admin;
            if (!foreign.equals(ownId(operation, parameter, a)) && !crossTenantByDesign) {
                segments.add(new Hostile("other-tenant-id", foreign));
            }
            for (Hostile segment : segments) {
                Map<String, String> values = new LinkedHashMap<>(ids);
                values.put(parameter, segment.text());
                // a public page (the unsubscribe link) may show any well-formed id: it must not fail, nor act
                Expect expect = !operation.writes() && !operation.secured() && !protectedByPath(operation)
                        ? Expect.READ
                        : Expect.REFUSED;
                send(
                        operation,
                        main,
                        "path." + parameter + "=" + segment.name(),
                        target(operation, values, ""),
                        Map.of(),
                        validBody,
                        expect);
            }
        }

        // query parameters: hostile numbers for paging, hostile text for filters
        for (String parameter : operation.queryParams()) {
            List<Hostile> values = Set.of("page", "size", "limit").contains(parameter)
                    ? HostileValues.NUMBERS
                    : HostileValues.QUERY_TEXTS;
            for (Hostile value : values) {
                send(
                        operation,
                        main,
                        "query." + parameter + "=" + value.name(),
                        target(operation, ids, parameter + "=" + value.text()),
                        Map.of(),
                        invalidBody,
                        hostile);
            }
        }

        // header parameters the document names (the import's Content-Type)
        if (operation.headerParams().contains("Content-Type")) {
            for (String type : List.of(
                    "text/csv; charset=x-hostil'--",
                    "text/csv; charset=UTF-32",
                    "text/csv; charset=",
                    "multipart/form-data",
                    "multipart/form-data; boundary=",
                    "multipart/form-data; boundary=\"" + "b".repeat(2000) + "\"",
                    "application/x-www-form-urlencoded",
                    "' OR 1=1--",
                    "text/csv;;;;;=",
                    "*/*")) {
                Body body = csv("nome;cidade\n<img src=x onerror=alert(1)>;SP\n");
                send(
                        operation,
                        main,
                        "header.content-type=" + type.substring(0, Math.min(40, type.length())),
                        plain,
                        Map.of(),
                        new Body(body.name(), type, body.bytes()),
                        Expect.REFUSED);
            }
        }

        // bodies
        if (operation.hasBody()) {
            for (Body broken : HostileValues.brokenBodies()) {
                send(operation, main, "body=" + broken.name(), plain, Map.of(), broken, Expect.REFUSED);
            }
            if (file) {
                for (Body upload : files()) {
                    send(
                            operation,
                            main,
                            "file=" + upload.name(),
                            target(
                                    operation,
                                    ids,
                                    upload.name().startsWith("octet-")
                                            ? "filename=" + upload.name().substring(6)
                                            : ""),
                            Map.of(),
                            upload,
                            Expect.REFUSED);
                }
            }
            shape.ifPresent(s -> {
                for (String field : s.fields()) {
                    for (Hostile value : HostileValues.STRINGS) {
                        send(
                                operation,
                                main,
                                "body." + field + "=" + value.name(),
                                plain,
                                Map.of(),
                                json(s.invalid(field, Json.createValue(value.text()))),
                                Expect.REFUSED);
                    }
                    HostileValues.WRONG_TYPES.forEach((name, value) -> send(
                            operation,
                            main,
                            "body." + field + "=" + name,
                            plain,
                            Map.of(),
                            json(s.invalid(field, value)),
                            Expect.REFUSED));
                    for (Hostile value : HostileValues.MUST_REFUSE) {
                        if (!s.reportsAsRowIssue(value.name())) {
                            send(
                                    operation,
                                    main,
                                    "valid-body." + field + "=" + value.name(),
                                    plain,
                                    Map.of(),
                                    json(s.valid(field, Json.createValue(value.text()))),
                                    Expect.REFUSED);
                        }
                    }
                    // numbers PostgreSQL cannot store, where a body is kept as JSON (JSON-B reads a number into a
                    // text property as its text, which any column holds)
                    if (field.contains("/") || operation.bodyProperties().isEmpty()) {
                        HostileValues.MUST_REFUSE_NUMBERS.forEach((name, value) -> send(
                                operation,
                                main,
                                "valid-body." + field + "=" + name,
                                plain,
                                Map.of(),
                                json(s.valid(field, value)),
                                Expect.REFUSED));
                    }
                }
                send(
                        operation,
                        main,
                        "body.tenant_id=other-tenant",
                        plain,
                        Map.of(),
                        json(HostileValues.with(
                                s.invalid(s.fields().get(0), Json.createValue("x")),
                                "tenant_id",
                                Json.createValue(b.tenant().toString()))),
                        Expect.REFUSED);
            });
        }

        // headers: a User-Agent over 512 characters, a hostile X-Forwarded-For
        // an operation that takes no input at all (retrying every dead outbox row) has nothing hostile to refuse
        // in a request that is right but for its headers: it may succeed, and must not fail
        boolean takesNoInput = operation.key().equals("POST /admin/outbox/retry");
        Expect headersOnly = endsSession || takesNoInput ? Expect.READ : hostile;
        send(
                operation,
                main,
                "header.user-agent=600-chars",
                plain,
                Map.of("User-Agent", "Mozilla/5.0 " + "A".repeat(600)),
                invalidBody,
                headersOnly);
        send(
                operation,
                main,
                "header.x-forwarded-for=hostile",
                plain,
                Map.of("X-Forwarded-For", "' OR 1=1--, <script>, 999.999.999.999, " + "10.0.0.1, ".repeat(200) + "::1"),
                invalidBody,
                headersOnly);

        // tokens: forged, expired, unsigned, tampered... on the operation as the victim would call it
        boolean publicOperation = !operation.secured() && !protectedByPath(operation);
        String victimTarget = target(operation, publicOperation ? unknownIds(operation) : ownIds(operation, own), "");
        for (Map.Entry<String, String> token : badTokens.entrySet()) {
            send(
                    operation,
                    Caller.raw("bad-token", token.getValue()),
                    token.getKey(),
                    victimTarget,
                    Map.of(),
                    invalidBody,
                    publicOperation ? hostile : Expect.UNAUTHORIZED);
        }
        send(
                operation,
                Caller.raw("no-token", null),
                "no-token",
                victimTarget,
                Map.of(),
                invalidBody,
                publicOperation ? hostile : Expect.UNAUTHORIZED);
        // odd claims ride on a session of their own (the sign-out gets a fresh one per token: it may end it)
        Map<String, String> odd = endsSession ? signOutOddTokens : oddTokens;
        for (Map.Entry<String, String> token : odd.entrySet()) {
            send(
                    operation,
                    Caller.raw("odd-claims", token.getValue()),
                    token.getKey(),
                    target(operation, unknownIds(operation), ""),
                    Map.of(),
                    invalidBody,
                    // signed with the real key, these are a tenant admin's tokens with odd claims (or an operator's
                    // with a tenant, refused): an operation without input has nothing for them to get wrong
                    endsSession || takesNoInput ? Expect.READ : hostile);
        }

        // tenant B's admin: tenant A's ids with otherwise valid bodies, and a broken body or a read of its own
        Caller other = Caller.of("tenant-b-admin", b.token());
        boolean tenantIds = ownIds(operation, a).values().stream()
                .anyMatch(id -> Ids.parse(id).isPresent());
        if (admin || tenantIds && !operation.path().startsWith("/descadastro")) {
            send(
                    operation,
                    other,
                    "other-tenant-ids",
                    target(operation, ownIds(operation, a), ""),
                    Map.of(),
                    validBody,
                    Expect.REFUSED);
        }
        if (operation.hasBody()) {
            send(
                    operation,
                    other,
                    "body=json-truncated",
                    target(operation, ownIds(operation, b), ""),
                    Map.of(),
                    Body.json("json-truncated", "{\"a\": "),
                    Expect.REFUSED);
        } else if (!operation.writes()) {
            send(operation, other, "read", target(operation, ownIds(operation, b), ""), Map.of(), null, Expect.READ);
        }

        // /admin as a tenant's admin: refused whatever else is right
        if (admin) {
            send(
                    operation,
                    Caller.of("tenant-a-admin", a.token()),
                    "tenant-admin-on-admin",
                    target(operation, ownIds(operation, a), ""),
                    Map.of(),
                    validBody,
                    Expect.REFUSED);
        }
        return untaught;
    }

    /** Operations the document lists without a security requirement but which need a token all the same. */
    private static boolean protectedByPath(Operation operation) {
        return operation.path().startsWith("/api/")
                || operation.path().startsWith("/admin")
                || operation.path().startsWith("/events");
    }

    /** Requests that are not per operation: cross-tenant bodies and the OpenAPI document's own promises. */
    private void crossChecks() {
        Operation events = new Operation(
                "POST", "/events", List.of(), List.of(), List.of(), Set.of("application/json"), List.of(), true);
        send(
                events,
                Caller.of("tenant-a-admin", a.token()),
                "body.detail.context.metadata.tenant_id=other-tenant",
                "/events",
                Map.of(),
                Body.json(
                        "event-for-b",
                        "{\"source\": \"nigredo.sentimento\", \"type\": \"sentiment.requested\","
                                + " \"detail\": {\"context\": {\"metadata\": {\"tenant_id\": \"" + b.tenant()
                                + "\"}}}}"),
                Expect.REFUSED);
    }

    // ------------------------------------------------------------------ requests

    record Caller(String name, String authorization) {
        static Caller of(String name, String token) {
            return new Caller(name, "Bearer " + token);
        }

        static Caller operator(String token) {
            return of("operator", token);
        }

        static Caller raw(String name, String authorization) {
            return new Caller(name, authorization);
        }
    }

    private void send(
            Operation operation,
            Caller caller,
            String variant,
            String target,
            Map<String, String> headers,
            Body body,
            Expect expect) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (caller.authorization() != null) {
            all.put("Authorization", caller.authorization());
        }
        Probe probe = new Probe(operation.key(), caller.name(), variant, operation.method(), target, all, body, expect);
        HostileClient.Answer answer = client.send(operation.method(), target, all, body);
        verdicts.record(probe, answer);
        if (caller.name().equals("no-token") && answer.status() == 401 && !operation.secured()) {
            verdicts.failures()
                    .add(probe.describe() + " → 401, but the OpenAPI document does not declare the bearer"
                            + " requirement of " + operation.key());
        }
    }

    /** The operation's path with its parameters filled (raw, percent-encoded URL text) and the query. */
    private static String target(Operation operation, Map<String, String> values, String query) {
        String path = operation.path();
        for (String parameter : operation.pathParams()) {
            String value = values.getOrDefault(parameter, UUID.randomUUID().toString());
            path = path.replace("{" + parameter + "}", value);
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    private Map<String, String> ownIds(Operation operation, Scene scene) {
        Map<String, String> ids = new LinkedHashMap<>();
        operation.pathParams().forEach(parameter -> ids.put(parameter, ownId(operation, parameter, scene)));
        return ids;
    }

    private static Map<String, String> unknownIds(Operation operation) {
        Map<String, String> ids = new LinkedHashMap<>();
        operation
                .pathParams()
                .forEach(parameter -> ids.put(parameter, UUID.randomUUID().toString()));
        return ids;
    }

    /** The id a path parameter takes for the scene's tenant; null when the suite does not know the parameter. */
    private static String ownId(Operation operation, String parameter, Scene scene) {
        String path = operation.path();
        if (path.startsWith("/api/campanhas/{id}")) {
            return scene.draft();
        }
        if (path.startsWith("/api/imports/{id}")) {
            return scene.importId();
        }
        if (path.startsWith("/api/users/{id}")) {
            return scene.viewer().toString();
        }
        if (path.startsWith("/api/sandbox/mensagens/{id}")) {
            return scene.sandboxMessage();
        }
        if (path.startsWith("/events/{id}")) {
            return scene.event();
        }
        if (path.startsWith("/api/traces/{id}")) {
            return scene.trace();
        }
        if (path.startsWith("/api/agents/{id}")) {
            return "nigredo-disparo";
        }
        if (path.startsWith("/admin/queues/{queue}")) {
            return "recebimento";
        }
        if (path.startsWith("/admin/timers/{name}")) {
            return "platform-retention";
        }
        if (path.startsWith("/admin/tenants/{id}")) {
            return scene.tenant().toString();
        }
        if (path.startsWith("/admin/outbox/{id}")) {
            return scene.outbox();
        }
        if (path.startsWith("/admin/chains/{id}")) {
            return scene.importId();
        }
        if (path.startsWith("/descadastro/{envio}")) {
            return scene.envio();
        }
        if (path.startsWith("/api/conversas/orfas/{id}")) {
            return scene.orfa();
        }
        if (path.startsWith("/api/conversas/revisao/{id}")) {
            return scene.revisao();
        }
        if (path.startsWith("/api/leads/{id}")) {
            return scene.lead();
        }
        if (path.startsWith("/api/agendamentos/{id}")) {
            return scene.agendamento();
        }
        if (path.startsWith("/api/relatorios/{data}")) {
            return scene.relatorio();
        }
        if (path.startsWith("/api/conversas/{leadId}")) {
            return scene.lead();
        }
        return null;
    }

    private static Body json(JsonValue value) {
        return new Body("json", "application/json", HostileValues.json(value).getBytes(StandardCharsets.UTF_8));
    }

    private static Body csv(String text) {
        return new Body("csv", "text/csv; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lead files no import may accept: each lacks the empresa column, is of a refused type, or is too large. */
    private static List<Body> files() {
        List<Body> files = new ArrayList<>();
        for (Hostile value : HostileValues.STRINGS) {
            files.add(new Body(
                    "csv-header-" + value.name(),
                    "text/csv; charset=utf-8",
                    ("nome;" + value.text().replace(";", ",") + "\nMaria;x\n").getBytes(StandardCharsets.UTF_8)));
        }
        files.add(new Body("csv-header-only", "text/csv", "empresa;email\n".getBytes(StandardCharsets.UTF_8)));
        files.add(new Body(
                "csv-nul-bytes",
                "text/csv",
                "nome\u0000;cid\u0000ade\n\u0000;\u0007\n".getBytes(StandardCharsets.UTF_8)));
        files.add(new Body(
                "csv-invalid-utf8",
                "text/csv",
                HostileValues.concat("nome;", new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF}, "\nx;y\n")));
        files.add(new Body(
                "csv-2mb",
                "text/csv",
                ("empresa;telefone\n" + "Hostil;(11) 98765-4321\n".repeat(90_000)).getBytes(StandardCharsets.UTF_8)));
        files.add(new Body(
                "csv-one-huge-cell",
                "text/csv",
                ("nome;cidade\n" + "A".repeat(HostileValues.ONE_MB) + ";x\n").getBytes(StandardCharsets.UTF_8)));
        files.add(new Body(
                "xml-xxe",
                "application/xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM" + " \"file:///etc/passwd\">]><r>&x;</r>")
                        .getBytes(StandardCharsets.UTF_8)));
        files.add(new Body("pdf", "application/pdf", "%PDF-1.4\n%hostil".getBytes(StandardCharsets.UTF_8)));
        files.add(new Body("octet-../../etc/passwd", "application/octet-stream", "x".getBytes(StandardCharsets.UTF_8)));
        files.add(new Body(
                "octet-hostil.csv", "application/octet-stream", "nome;cidade\nx;y\n".getBytes(StandardCharsets.UTF_8)));
        files.add(new Body(
                "xlsx-not-a-zip",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1)));
        files.add(new Body(
                "xlsx-xxe", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xxeWorkbook()));
        String boundary = "hostil" + UUID.randomUUID().toString().substring(0, 8);
        files.add(new Body(
                "multipart-no-boundary",
                "multipart/form-data",
                "--x\r\n\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8)));
        files.add(new Body(
                "multipart-wrong-part",
                "multipart/form-data; boundary=" + boundary,
                multipart(boundary, "arquivo", "leads.csv", "empresa;email\nX;x@x.com.br\n")));
        files.add(new Body(
                "multipart-traversal-filename",
                "multipart/form-data; boundary=" + boundary,
                multipart(boundary, "file", "../../../../etc/passwd", "nome;cidade\nx;y\n")));
        files.add(new Body(
                "multipart-broken",
                "multipart/form-data; boundary=" + boundary,
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nsem fim")
                        .getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static byte[] multipart(String boundary, String part, String filename, String content) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                        + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook whose sheet declares an external entity (/etc/passwd) and uses it in the header: XXE. */
    private static byte[] xxeWorkbook() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>");
        parts.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                        + "<sheet name=\"Leads\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nome</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                        + "</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // ------------------------------------------------------------------ the scene

    private JsonObject openApi() {
        var reply = api.get("openapi?format=JSON");
        assertThat(reply.status()).as("GET /openapi?format=JSON").isEqualTo(200);
        return reply.json();
    }

    /** A tenant with its admin and a viewer, an approved campaign with a sandbox message, a draft and an event. */
    private Scene scene(String company, String name, boolean everyAgent) {
        UUID tenant = tenants.tenant(company);
        // a day with a report, each scene's its own (days back from the day before yesterday, never one to come)
        String relatorio = tenants.relatorioDiario(tenant, LocalDate.now().minusDays(2 + SCENES.getAndIncrement()))
                .toString();
        String email = "admin." + name + "@hostil-suite.com.br";
        UUID admin = tenants.user(tenant, email, "admin");
        UUID viewer = tenants.user(tenant, "leitor." + name + "@hostil-suite.com.br", "viewer");
        var login =
                api.post("auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        assertThat(login.status()).as("sign-in of " + email).isEqualTo(200);
        String token = login.json().getString("access_token");
        Api signedIn = api.as(token);

        List<String> agents = everyAgent
                ? signedIn.get("api/agents").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                        .map(agent -> agent.getString("id"))
                        .toList()
                : List.of("nigredo-recebimento", "nigredo-estrategia", "nigredo-disparo");
        if (everyAgent) {
            assertThat(agents).as("the catalog's agents").hasSize(7);
        }
        // the tenant's own WhatsApp number, where a stranger's message becomes an orphan
        String numero =
                Long.toString(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000_000L));
        for (String agent : agents) {
            var activated = signedIn.post(
                    "api/agents/" + agent + "/activate",
                    agent.equals("nigredo-disparo")
                            ? "{\"settings\": {\"whatsapp_phone_number_id\": \"" + numero + "\"}}"
                            : "{}");
            assertThat(activated.status())
                    .as("activation of " + agent + ": " + activated.body())
                    .isEqualTo(200);
        }

        String importId = importCsv(
                signedIn,
                "empresa,contato,email,setor\nLoja Aprovada " + name + ",Rita,rita." + name
                        + "@loja-aprovada.com.br,Varejo\n");
        String approved = campaigns(signedIn, 1).get(0);
        var approval = signedIn.post("api/campanhas/" + approved + "/approve", "");
        assertThat(approval.status()).as("approval: " + approval.body()).isEqualTo(200);
        JsonObject sandbox = eventually()
                .until(
                        () -> signedIn.get("api/sandbox/mensagens").json().getJsonArray("items"),
                        items -> !items.isEmpty())
                .getJsonObject(0);
        String sandboxMessage = sandbox.getString("id");
        String envio = signedIn.get("api/campanhas/" + approved + "/envios")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");

        importCsv(
                signedIn,
                "empresa,contato,email,setor\nOficina Rascunho " + name + ",Caio,caio." + name
                        + "@oficina-rascunho.com.br,Serviços\n");
        String draft = campaigns(signedIn, 2).stream()
                .filter(id -> !id.equals(approved))
                .findFirst()
                .orElseThrow();
        JsonObject draftMessages = signedIn.get("api/campanhas/" + draft).json().getJsonObject("mensagens");

        var event = signedIn.post(
                "events",
                "{\"source\": \"nigredo.sentimento\", \"type\": \"sentiment.requested\","
                        + " \"detail\": {\"texto\": \"Tenho interesse\", \"context\": {\"source\": \"whatsapp\"}}}");
        assertThat(event.status()).as("event: " + event.body()).isEqualTo(202);
        String orfa = orfa(signedIn, numero);
        String revisao = agents.contains("nigredo-atendimento")
                ? revisao(signedIn, sandboxMessage)
                // without Atendimento no reply waits for a person: an id of nothing, as the other tenant's are
                : UUID.randomUUID().toString();
        String agendamento = agents.contains("nigredo-agendamento")
                ? agendamento(signedIn, sandboxMessage)
                // without Agendamento no meeting is proposed: an id of nothing, as the other tenant's are
                : UUID.randomUUID().toString();
        return new Scene(
                tenant,
                email,
                admin,
                viewer,
                token,
                signedIn,
                draft,
                draftMessages,
                approved,
                importId,
                sandboxMessage,
                envio,
                event.json().getString("id"),
                event.json().getString("trace_id"),
                orfa,
                sandbox.getString("lead_id"),
                revisao,
                agendamento,
                relatorio,
                sentOutboxRow(event.json().getString("id")));
    }

    /**
     * An outbox row of the scene's event, already sent (a retry of it is refused, 409): the scene's event is relayed
     * by a row of its own that the sweep may have sent already, so the suite writes one it knows.
     */
    private static String sentOutboxRow(String event) {
        UUID id = UUID.randomUUID();
        new Database()
                .execute(
                        "INSERT INTO fibonacci_core.outbox (id, event_id, queue, body, sent_at)"
                                + " VALUES (?, ?::uuid, 'sentimento', '{}', now())",
                        id,
                        event);
        return id.toString();
    }

    /** The lead then wants a meeting: Agendamento proposes three slots, an agendamento proposto. */
    private static String agendamento(Api signedIn, String sandboxMessage) {
        var reply = signedIn.post(
                "api/sandbox/mensagens/" + sandboxMessage + "/resposta",
                "{\"texto\": \"Tenho interesse, vamos agendar\"}");
        assertThat(reply.status()).as("reply: " + reply.body()).isEqualTo(201);
        return eventually()
                .until(() -> signedIn.get("api/agendamentos").json().getJsonArray("items"), items -> !items.isEmpty())
                .getJsonObject(0)
                .getString("id");
    }

    /** An irritated reply: Atendimento leaves it for a person, an item of the review queue. */
    private static String revisao(Api signedIn, String sandboxMessage) {
        var reply = signedIn.post(
                "api/sandbox/mensagens/" + sandboxMessage + "/resposta",
                "{\"texto\": \"Que absurdo, já é a terceira mensagem, que falta de respeito!!!\"}");
        assertThat(reply.status()).as("reply: " + reply.body()).isEqualTo(201);
        return eventually()
                .until(
                        () -> signedIn.get("api/conversas/revisao").json().getJsonArray("items"),
                        items -> !items.isEmpty())
                .getJsonObject(0)
                .getString("id");
    }

    /** A stranger writes to the tenant's WhatsApp number, in a webhook signed as Meta signs it: an orphan. */
    private String orfa(Api signedIn, String numero) {
        String corpo = "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"id\": \"1\", \"changes\": [{"
                + "\"field\": \"messages\", \"value\": {\"messaging_product\": \"whatsapp\", \"metadata\":"
                + " {\"display_phone_number\": \"551130000000\", \"phone_number_id\": \"" + numero + "\"},"
                + " \"messages\": [{\"from\": \"5531999990000\", \"id\": \"wamid.HOSTIL" + numero + "\","
                + " \"timestamp\": \"1796216400\", \"type\": \"text\", \"text\": {\"body\": \"Quem é?\"}}]}}]}]}";
        byte[] bytes = corpo.getBytes(StandardCharsets.UTF_8);
        var kept = client.send(
                "POST",
                "/webhooks/whatsapp",
                Map.of(
                        "X-Hub-Signature-256",
                        new AssinaturaMeta(System.getenv("ALQUIMISTA_WHATSAPP_APP_SECRET")).assinar(bytes)),
                new Body("json", "application/json", bytes));
        assertThat(kept.status()).as("signed webhook: " + kept.body()).isEqualTo(200);
        return eventually()
                .until(
                        () -> signedIn.get("api/conversas/orfas").json().getJsonArray("items"),
                        items -> !items.isEmpty())
                .getJsonObject(0)
                .getString("id");
    }

    private static String importCsv(Api manager, String csv) {
        var accepted = manager.post("api/leads/import?filename=leads.csv", "text/csv; charset=utf-8", csv);
        assertThat(accepted.status()).as("import: " + accepted.body()).isEqualTo(202);
        String importId = accepted.json().getString("import_id");
        eventually()
                .until(
                        () -> manager.get("api/imports/" + importId).json(),
                        r -> r.getString("status").equals("concluido"));
        return importId;
    }

    private static List<String> campaigns(Api manager, int count) {
        return eventually()
                .until(() -> manager.get("api/campanhas").json().getJsonArray("items"), items -> items.size() >= count)
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getString("id"))
                .toList();
    }

    private String disposableToken() {
        var login = api.post(
                "auth/login", "{\"email\": \"" + a.email() + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        assertThat(login.status()).as("a second sign-in of tenant A's admin").isEqualTo(200);
        return login.json().getString("access_token");
    }

    private String operatorToken() {
        DemoCredentials demo = DemoCredentials.read();
        var login = api.post(
                "auth/operator/login",
                "{\"email\": \"" + demo.operatorEmail() + "\", \"password\": \"" + demo.operatorPassword() + "\"}");
        assertThat(login.status()).as("operator sign-in").isEqualTo(200);
        return login.json().getString("access_token");
    }

    private static String signingKeyOpening() throws IOException {
        Path key = Path.of(System.getenv("ALQUIMISTA_HOME"), "keys", "token-signing.key");
        return Files.exists(key) ? Files.readString(key).strip().substring(0, 40) : null;
    }

    private static org.awaitility.core.ConditionFactory eventually() {
        return await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1));
    }

    // ------------------------------------------------------------------ figures

    private void report(List<Operation> operations, Map<String, long[]> changed, Duration took) {
        StringBuilder figures = new StringBuilder("\nHostile-input suite: ")
                .append(verdicts.sent())
                .append(" requests over ")
                .append(verdicts.perOperation().size())
                .append(" of ")
                .append(operations.size())
                .append(" operations of the OpenAPI document in ")
                .append(took.toSeconds())
                .append(" s\n  by status: ")
                .append(verdicts.statuses().entrySet().stream()
                        .map(e -> e.getKey() + "×" + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append("\n  by caller: ")
                .append(verdicts.perCaller().entrySet().stream()
                        .map(e -> e.getKey() + "×" + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append("\n  by caller and status: ")
                .append(verdicts.perCallerStatus().entrySet().stream()
                        .map(e -> e.getKey() + "×" + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append("\n  by operation: ")
                .append(verdicts.perOperation().entrySet().stream()
                        .map(e -> e.getKey() + " ×" + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append(
                        "\n  answered by the HTTP server before the application (no body: a bare 4xx, or a bare 200 to a dot segment): ")
                .append(verdicts.refusedByHttpServer().size());
        verdicts.refusedByHttpServer().forEach(line -> figures.append("\n    ").append(line));
        figures.append("\n  findings (5xx, 4xx not problem+json, wrong 401, leaks): ")
                .append(verdicts.failures().size());
        verdicts.failures().forEach(line -> figures.append("\n    ").append(line));
        figures.append("\n  accepted although hostile (2xx): ")
                .append(verdicts.accepted().size());
        verdicts.accepted().forEach(line -> figures.append("\n    ").append(line));
        figures.append("\n  tables whose row count changed: ").append(changed.size());
        changed.forEach((table, counts) -> figures.append("\n    ")
                .append(table)
                .append(": ")
                .append(counts[0])
                .append(" → ")
                .append(counts[1]));
        LOG.info(figures.toString());
    }
}
