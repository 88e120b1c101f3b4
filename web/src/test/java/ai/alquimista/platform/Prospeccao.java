package ai.alquimista.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.alquimista.spine.Api;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;

/**
 * A tenant's prospecting as its sales team drives it through the API: a manager signs in, activates agents,
 * imports a spreadsheet, approves the campaign and watches the sandbox.
 */
public final class Prospeccao {

    private static final Duration PIPELINE = Duration.ofSeconds(90);

    private final Api api;
    private final Tenants tenants;
    private final String suffix;

    public Prospeccao(Api api, Tenants tenants, String suffix) {
        this.api = api;
        this.tenants = tenants;
        this.suffix = suffix;
    }

    /** Polls once a second: the IT's per-tenant rate limit is 60 requests a minute. */
    public static ConditionFactory eventually() {
        return await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1));
    }

    /** The e-mail {@link #manager} signs in with. */
    public String email(String name) {
        return name + "." + suffix + "@empresa.com.br";
    }

    public Api manager(UUID tenant, String name) {
        String email = email(name);
        tenants.user(tenant, email, "manager");
        var login =
                api.post("auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        assertThat(login.status()).as("sign-in of " + email).isEqualTo(200);
        return api.as(login.json().getString("access_token"));
    }

    /** @param body the activation request, as {@code {"settings": {…}}} */
    public static void activateWith(Api manager, String agent, String body) {
        assertThat(manager.post("api/agents/" + agent + "/activate", body).status())
                .as(agent)
                .isEqualTo(200);
    }

    public static void activate(Api manager, String... agents) {
        for (String agent : agents) {
            activateWith(manager, agent, "{}");
        }
    }

    public static String importCsv(Api manager, String csv) {
        var accepted = manager.post("api/leads/import?filename=leads.csv", "text/csv; charset=utf-8", csv);
        assertThat(accepted.status()).isEqualTo(202);
        String importId = accepted.json().getString("import_id");
        awaitImport(manager, importId);
        return importId;
    }

    public static void awaitImport(Api manager, String importId) {
        eventually()
                .until(
                        () -> manager.get("api/imports/" + importId).json(),
                        r -> r.getString("status").equals("concluido"));
    }

    public static JsonObject firstCampaign(Api manager) {
        return eventually()
                .until(() -> manager.get("api/campanhas").json().getJsonArray("items"), items -> !items.isEmpty())
                .getJsonObject(0);
    }

    /** The spreadsheet's campaign approved, until its first touches are in the sandbox. */
    public static List<JsonObject> approveAndSend(Api manager, int firstTouches) {
        String id = firstCampaign(manager).getString("id");
        assertThat(manager.post("api/campanhas/" + id + "/approve", "").status())
                .isEqualTo(200);
        return eventually()
                .until(
                        () -> manager.get("api/sandbox/mensagens")
                                .json()
                                .getJsonArray("items")
                                .getValuesAs(JsonObject.class),
                        items -> items.size() == firstTouches);
    }
}
