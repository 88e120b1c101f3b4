package ai.alquimista.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the suite knows of each JSON request body, beyond what the OpenAPI document says (several operations read
 * their body as text): a valid body, how to make it invalid whatever else it holds, and its text fields (slash
 * paths). Hostile text goes into the invalid body, so a refusal is always right; text that must be refused on its
 * own (NUL, controls, 1 MB) goes into the valid body. An operation with a body and no shape fails the suite: teach
 * it here.
 */
final class BodyShapes {

    /**
     * A body's shape. {@code invalid(field, value)} sets the field in a body that is invalid for another reason;
     * {@code invalidWith}, when given, builds that body itself (for a body whose only field is the one set).
     */
    record Shape(
            Supplier<JsonValue> valid,
            UnaryOperator<JsonValue> invalidate,
            List<String> fields,
            BiFunction<String, JsonValue, JsonValue> invalidWith,
            Set<String> rowIssues) {

        Shape(Supplier<JsonValue> valid, UnaryOperator<JsonValue> invalidate, List<String> fields) {
            this(valid, invalidate, fields, null, Set.of());
        }

        Shape(
                Supplier<JsonValue> valid,
                UnaryOperator<JsonValue> invalidate,
                List<String> fields,
                BiFunction<String, JsonValue, JsonValue> invalidWith) {
            this(valid, invalidate, fields, invalidWith, Set.of());
        }

        /** Whether the operation takes this must-refuse value as an issue of its row (a 202), not a refusal. */
        boolean reportsAsRowIssue(String value) {
            return rowIssues.contains(value);
        }

        JsonValue invalid(String field, JsonValue value) {
            return invalidWith != null
                    ? invalidWith.apply(field, value)
                    : HostileValues.with(invalidate.apply(valid.get()), field, value);
        }

        JsonValue valid(String field, JsonValue value) {
            return HostileValues.with(valid.get(), field, value);
        }
    }

    private final Map<String, Shape> shapes;

    BodyShapes(JsonObject draftMessages) {
        AtomicInteger serial = new AtomicInteger();
        Supplier<String> freshEmail = () -> "hostil." + serial.incrementAndGet() + "."
                + UUID.randomUUID().toString().substring(0, 6) + "@hostil-suite.com.br";
        Shape login = new Shape(
                () -> object(Map.of("email", freshEmail.get(), "password", "Senha-errada-1")),
                UnaryOperator.identity(), // nobody has these credentials: every variant is refused
                List.of("email", "password"));
        Shape password = new Shape(
                () -> object(Map.of(
                        "email", freshEmail.get(), "password", "Senha-errada-1", "new_password", "Nova-senha-9")),
                UnaryOperator.identity(),
                List.of("email", "password", "new_password"));
        shapes = Map.ofEntries(
                Map.entry("POST /auth/login", login),
                Map.entry("POST /auth/operator/login", login),
                Map.entry("POST /auth/password", password),
                Map.entry("POST /auth/operator/password", password),
                Map.entry(
                        "POST /api/users",
                        new Shape(
                                () -> object(Map.of(
                                        "email",
                                        freshEmail.get(),
                                        "nome",
                                        "Pessoa Hostil",
                                        "role",
                                        "viewer",
                                        "password",
                                        "Senha-forte-9")),
                                body -> HostileValues.with(body, "role", Json.createValue("chefe")),
                                List.of("email", "nome", "role", "password"))),
                Map.entry(
                        "PATCH /api/users/{id}",
                        new Shape(
                                () -> object(Map.of("nome", "Nome Novo")),
                                body -> HostileValues.with(body, "status", Json.createValue("sumido")),
                                List.of("nome", "role", "status"))),
                Map.entry(
                        "POST /api/agents/{id}/activate",
                        new Shape(
                                () -> Json.createObjectBuilder()
                                        .add(
                                                "settings",
                                                Json.createObjectBuilder()
                                                        .add("limite_hora", 90)
                                                        .add("canal_email", "sandbox")
                                                        .add("nota", "ok"))
                                        .build(),
                                body -> HostileValues.with(
                                        body, "settings/canal_email", Json.createValue("pombo-correio")),
                                List.of(
                                        "settings/canal_email",
                                        "settings/canal_whatsapp",
                                        "settings/whatsapp_phone_number_id",
                                        "settings/nota",
                                        "settings/limite_hora"))),
                Map.entry(
                        "PUT /api/campanhas/{id}/mensagens",
                        new Shape(
                                () -> draftMessages,
                                body -> HostileValues.with(
                                        body, "meio/A/corpo", Json.createValue("Oi {{#primeiro_nome}} sem fim")),
                                List.of("topo/A/assunto", "topo/A/corpo", "topo/A/modelo_whatsapp", "fundo/B/corpo"))),
                Map.entry(
                        "PUT /api/campanhas/{id}/inscricao-automatica",
                        new Shape(
                                () -> object(Map.of("ativa", JsonValue.TRUE)),
                                body -> HostileValues.with(body, "ativa", Json.createValue("sim")),
                                List.of("ativa"),
                                // the only field, a boolean: any other value makes the body invalid
                                (field, value) -> object(Map.of("ativa", value)))),
                Map.entry(
                        "POST /webhooks/ses",
                        new Shape(
                                // an SNS message of a topic nobody configured: refused (401) before any certificate is
                                // fetched, whatever the suite puts in it
                                () -> object(Map.of(
                                        "Type", "Notification",
                                        "MessageId", UUID.randomUUID().toString(),
                                        "TopicArn", "arn:aws:sns:us-east-1:000000000000:hostil",
                                        "Message", "{\"notificationType\":\"Received\"}",
                                        "Timestamp", "2026-11-30T12:00:00.000Z",
                                        "SignatureVersion", "2",
                                        "Signature", "AAAA",
                                        "SigningCertURL",
                                                "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem")),
                                UnaryOperator.identity(),
                                List.of("Type", "MessageId", "TopicArn", "Message", "Timestamp", "Signature"))),
                Map.entry(
                        "POST /api/sandbox/mensagens/{id}/resposta",
                        new Shape(
                                () -> object(Map.of("texto", "Tenho interesse")),
                                UnaryOperator.identity(),
                                List.of("texto"),
                                // the only field: made invalid by its length (over 4,096 characters) or by its type
                                (field, value) -> object(Map.of(
                                        "texto",
                                        value instanceof jakarta.json.JsonString text
                                                ? Json.createValue(text.getString() + " " + "x".repeat(4100))
                                                : value)))),
                Map.entry(
                        "POST /api/conversas/revisao/{id}/aprovar",
                        new Shape(
                                () -> object(Map.of("texto", "Oi! Posso ajudar com os preços.")),
                                UnaryOperator.identity(),
                                List.of("texto"),
                                // the only field: made invalid by its length (over 4,096 characters) or by its type
                                (field, value) -> object(Map.of(
                                        "texto",
                                        value instanceof jakarta.json.JsonString text
                                                ? Json.createValue(text.getString() + " " + "x".repeat(4100))
                                                : value)))),
                Map.entry(
                        "POST /api/agendamentos/{id}/remarcado",
                        new Shape(
                                // the scene's agendamento is a proposal: even a valid move is refused (409)
                                () -> object(Map.of("data_hora", "2030-01-07T13:00:00Z")),
                                UnaryOperator.identity(),
                                List.of("data_hora"))),
                Map.entry(
                        "POST /api/sentimento/analise",
                        new Shape(
                                () -> object(Map.of("texto", "Tenho interesse, vamos agendar")),
                                UnaryOperator.identity(),
                                List.of("texto"),
                                // the only field: made invalid by its length (over 5,000 characters) or by its type
                                (field, value) -> object(Map.of(
                                        "texto",
                                        value instanceof jakarta.json.JsonString text
                                                ? Json.createValue(text.getString() + " " + "x".repeat(5001))
                                                : value)))),
                Map.entry(
                        "POST /api/conversas/orfas/{id}/atribuir",
                        new Shape(
                                // nobody's lead: every variant is refused, whatever the orphan
                                () -> object(Map.of("lead_id", UUID.randomUUID().toString())),
                                UnaryOperator.identity(),
                                List.of("lead_id"))),
                Map.entry(
                        "POST /api/titulares/eliminacao",
                        new Shape(
                                // nobody the tenant holds: 404 with nothing changed; both identifiers: 400
                                () -> object(Map.of("email", freshEmail.get())),
                                body -> HostileValues.with(body, "telefone", Json.createValue("(11) 98765-4321")),
                                List.of("telefone", "email"))),
                Map.entry(
                        "POST /api/leads/{id}/descadastro",
                        new Shape(
                                () -> object(Map.of("motivo", "pediu por telefone")),
                                body -> HostileValues.with(body, "canal", Json.createValue("pombo-correio")),
                                List.of("motivo"))),
                Map.entry(
                        "PUT /api/leads/{id}/consentimento",
                        new Shape(
                                () -> object(Map.of(
                                        "base_legal", "consentimento",
                                        "fonte", "formulário do site",
                                        "evidencia", "aceite em 2026-11-01")),
                                body -> HostileValues.with(body, "base_legal", Json.createValue("talvez")),
                                List.of("base_legal", "fonte", "evidencia", "data"))),
                Map.entry(
                        "POST /webhooks/whatsapp",
                        new Shape(
                                // the suite never signs: every variant is refused 401 (WhatsAppWebhookIT signs)
                                () -> Json.createObjectBuilder()
                                        .add("object", "whatsapp_business_account")
                                        .add(
                                                "entry",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("id", "102290129340398")
                                                                .add("changes", Json.createArrayBuilder())))
                                        .build(),
                                UnaryOperator.identity(),
                                List.of("object", "entry/0/id"))),
                Map.entry(
                        "POST /api/leads",
                        new Shape(
                                () -> Json.createObjectBuilder()
                                        .add(
                                                "leads",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("empresa", "Empresa Hostil Ltda")
                                                                .add("contato", "Ana")
                                                                .add("email", freshEmail.get())))
                                        .build(),
                                body -> Json.createObjectBuilder()
                                        .add(
                                                "leads",
                                                Json.createArrayBuilder(body.asJsonObject()
                                                                .getJsonArray("leads"))
                                                        .add(42))
                                        .build(),
                                List.of(
                                        "leads/0/empresa",
                                        "leads/0/contato",
                                        "leads/0/telefone",
                                        "leads/0/email",
                                        "leads/0/cnpj",
                                        "leads/0/setor",
                                        "leads/0/porte",
                                        "leads/0/atividade_principal",
                                        "leads/0/opt_in_whatsapp"),
                                null,
                                // issue 8: text longer than its column is refused, or reported as a row issue inside an
                                // import; leads are an import (README: the row is rejected, the others go on)
                                Set.of("1mb"))),
                Map.entry(
                        "POST /events",
                        new Shape(
                                () -> Json.createObjectBuilder()
                                        .add("source", "nigredo.sentimento")
                                        .add("type", "sentiment.requested")
                                        .add(
                                                "detail",
                                                Json.createObjectBuilder()
                                                        .add("texto", "ok")
                                                        .add(
                                                                "context",
                                                                Json.createObjectBuilder()
                                                                        .add(
                                                                                "metadata",
                                                                                Json.createObjectBuilder()
                                                                                        .add("origem", "hostil"))))
                                        .build(),
                                body -> HostileValues.with(body, "source", Json.createValue("hostil.sem.rota")),
                                List.of(
                                        "source",
                                        "type",
                                        "detail/texto",
                                        "detail/context/metadata/origem",
                                        "detail/context/metadata/tenant_id"))),
                Map.entry(
                        "PATCH /admin/tenants/{id}",
                        new Shape(
                                () -> object(Map.of("status", "ativo")),
                                body -> HostileValues.with(body, "status", Json.createValue("sumido")),
                                List.of("status"))),
                Map.entry(
                        "POST /admin/queues/{queue}/messages",
                        new Shape(
                                () -> Json.createObjectBuilder()
                                        .add(
                                                "body",
                                                Json.createObjectBuilder()
                                                        .add("type", "hostil.teste")
                                                        .add(
                                                                "detail",
                                                                Json.createObjectBuilder()
                                                                        .add("texto", "ok")))
                                        .add(
                                                "attributes",
                                                Json.createObjectBuilder().add("origin", "hostil"))
                                        .build(),
                                body -> HostileValues.with(body, "attributes/numero", Json.createValue(1)),
                                List.of("body/type", "body/detail/texto", "attributes/origin", "body"))),
                Map.entry(
                        "POST /admin/queues/{queue}/dlq/redrive",
                        new Shape(
                                // an id on no dead-letter queue: the valid body moves nothing
                                () -> Json.createObjectBuilder()
                                        .add(
                                                "message_ids",
                                                Json.createArrayBuilder()
                                                        .add(UUID.randomUUID().toString()))
                                        .build(),
                                body -> HostileValues.with(body, "all", JsonValue.TRUE),
                                List.of("message_ids/0", "all"))),
                Map.entry(
                        "POST /admin/queues/{queue}/purge",
                        new Shape(
                                // sent as an operator only to hostile or unknown queues (404), else as a tenant (403)
                                () -> object(Map.of("confirm", "recebimento")),
                                body -> HostileValues.with(body, "confirm", Json.createValue("outra-fila")),
                                List.of("confirm"))));
    }

    Optional<Shape> of(String operation) {
        return Optional.ofNullable(shapes.get(operation));
    }

    private static JsonObject object(Map<String, ?> members) {
        var builder = Json.createObjectBuilder();
        new java.util.TreeMap<>(members)
                .forEach((name, value) -> builder.add(
                        name, value instanceof JsonValue json ? json : Json.createValue(String.valueOf(value))));
        return builder.build();
    }
}
