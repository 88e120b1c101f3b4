package ai.alquimista.shared.json;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.boundary.SandboxMensagem;
import ai.alquimista.nigredo.recebimento.boundary.ImportReceipt;
import ai.alquimista.platform.auth.boundary.AccessToken;
import ai.alquimista.platform.auth.boundary.SignedInUser;
import ai.alquimista.platform.users.boundary.UserView;
import ai.alquimista.shared.paging.Page;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The records the API answers with, written by JSON-B as the resources write them (Yasson's defaults): snake_case
 * names, absent when null, instants in ISO-8601.
 */
class ApiRecordsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final UUID ID = UUID.fromString("6f1c1d2e-0000-4000-8000-000000000001");
    private static final UUID TENANT = UUID.fromString("6f1c1d2e-0000-4000-8000-000000000002");

    @Test
    void aUserWhoNeverSignedInHasNoLastLoginAndAnEmptyName() {
        var user = new UserView(
                ID, "ana@padaria.com.br", "", "viewer", "ativo", Instant.parse("2026-01-31T12:00:00.123456Z"), null);

        assertThat(JSONB.toJson(user))
                .isEqualTo("{\"created_at\":\"2026-01-31T12:00:00.123456Z\",\"email\":\"ana@padaria.com.br\",\"id\":\""
                        + ID + "\",\"nome\":\"\",\"role\":\"viewer\",\"status\":\"ativo\"}");
    }

    @Test
    void anOperatorsTokenHasNeitherLifetimeNorUser() {
        assertThat(JSONB.toJson(new AccessToken("t0k3n", "Bearer", null, null)))
                .isEqualTo("{\"access_token\":\"t0k3n\",\"token_type\":\"Bearer\"}");
        var user = new SignedInUser(ID, "ana@padaria.com.br", "Ana", "admin", TENANT, "Padaria Pão Quente");
        assertThat(JSONB.toJson(new AccessToken("t0k3n", "Bearer", 3600L, user)))
                .isEqualTo("{\"access_token\":\"t0k3n\",\"expires_in\":3600,\"token_type\":\"Bearer\",\"user\":"
                        + "{\"company_name\":\"Padaria Pão Quente\",\"email\":\"ana@padaria.com.br\",\"id\":\"" + ID
                        + "\",\"nome\":\"Ana\",\"role\":\"admin\",\"tenant_id\":\"" + TENANT + "\"}}");
    }

    @Test
    void leadsSentAsJsonHaveNoIgnoredColumnsAndAFileAlwaysSaysWhichItIgnored() {
        var receipt = new ImportReceipt(ID, 3, null);

        assertThat(JSONB.toJson(receipt)).isEqualTo("{\"import_id\":\"" + ID + "\",\"rows\":3}");
        assertThat(JSONB.toJson(receipt.ignoring(List.of())))
                .isEqualTo("{\"ignored_columns\":[],\"import_id\":\"" + ID + "\",\"rows\":3}");
    }

    @Test
    void aPageCarriesItsItemsAndWhereItIs() {
        assertThat(JSONB.toJson(new Page<>(List.of(), 2, 20, 41L)))
                .isEqualTo("{\"items\":[],\"page\":2,\"size\":20,\"total\":41}");
    }

    @Test
    void aSandboxMessageCarriesItsRepliesAsTheQueryGatheredThem() {
        var respostas = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("texto", "SAIR").add("created_at", "2026-01-31T12:00:00.000000Z"))
                .build();
        var mensagem = new SandboxMensagem(
                ID,
                ID,
                TENANT,
                "Padaria",
                "email",
                "ana@padaria.com.br",
                null,
                "Oi",
                null,
                Instant.parse("2026-01-31T11:00:00Z"),
                respostas,
                Json.createArrayBuilder().add("convite.ics").build());

        assertThat(JSONB.toJson(mensagem))
                .contains("\"anexos\":[\"convite.ics\"]")
                .contains("\"respostas\":[{\"texto\":\"SAIR\",\"created_at\":\"2026-01-31T12:00:00.000000Z\"}]")
                .contains("\"created_at\":\"2026-01-31T11:00:00Z\"")
                .doesNotContain("assunto")
                .doesNotContain("modelo");
    }

    @Test
    void everyJsonNameIsItsComponentsNameInSnakeCase() throws Exception {
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (Class<?> type : records()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonbProperty property =
                        type.getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
                String snake = snakeCase(component.getName());
                if (property != null) {
                    named++;
                }
                if (property != null && !property.value().equals(snake)
                        || property == null && !snake.equals(component.getName()) && namesAny(type)) {
                    wrong.add(type.getName() + "." + component.getName());
                }
            }
        }
        assertThat(named).as("components named with @JsonbProperty").isGreaterThan(20);
        assertThat(wrong)
                .as("the OpenAPI document names properties by this rule (WireSchemas): a record sent over the wire"
                        + " names each multi-word component in snake_case")
                .isEmpty();
    }

    private static boolean namesAny(Class<?> type) throws NoSuchFieldException {
        for (RecordComponent component : type.getRecordComponents()) {
            if (type.getDeclaredField(component.getName()).isAnnotationPresent(JsonbProperty.class)) {
                return true;
            }
        }
        return false;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toLowerCase(Locale.ROOT);
    }

    private static List<Class<?>> records() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ApiRecordsTest.class.getClassLoader());
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }
}
