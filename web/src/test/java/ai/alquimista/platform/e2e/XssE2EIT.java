package ai.alquimista.platform.e2e;

import static ai.alquimista.platform.e2e.Browser.testid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.platform.Tenants;
import ai.alquimista.security.RaisedLimits;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.EmbeddedInfrastructure;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stored cross-site scripting, in a real browser (headless Chromium) against the real WAR: script-bearing text is
 * written everywhere a tenant's users can write — the company name (as an operator provisions it), a user's name,
 * lead fields and the file name of an import (a CSV through the API, with a row refused for a hostile e-mail),
 * every campaign message's subject and body, a sandbox reply — and then every screen of the UI is opened as that
 * user, and the unsubscribe page too. Each payload would set {@code window.__xss} and carries a {@code data-xss}
 * attribute: after each screen no payload may have run, none may have become an element, and the payloads must be
 * on the page as text. The marker does not rely on a Content-Security-Policy: the UI must never build markup from
 * data, whatever the headers.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class XssE2EIT {

    private static final Duration PIPELINE = Duration.ofSeconds(120);

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser("xss");

    private final Tenants tenants = new Tenants();

    @Deployment(testable = false)
    static WebArchive application() {
        // polling and nine screens exceed the IT environment's 60 requests a minute per tenant
        return RaisedLimits.onto(Browser.application());
    }

    /** An image whose error handler runs. */
    static String img(String where) {
        return "<img src=x data-xss=" + where + " onerror=window.__xss='" + where + "'>";
    }

    /** Breaks out of an attribute, then an SVG whose load handler runs. */
    static String svg(String where) {
        return "\"><svg data-xss=" + where + " onload=window.__xss='" + where + "'>";
    }

    static String script(String where) {
        return "<script data-xss=" + where + ">window.__xss='" + where + "'</script>";
    }

    static String javascriptUrl(String where) {
        return "javascript:window.__xss='" + where + "'";
    }

    @Test
    void textWithScriptIsShownAsTextOnEveryScreenAndNeverRuns() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "Empresa " + img("company") + " " + suffix;
        UUID tenant = tenants.tenant(company);
        String adminEmail = "admin." + suffix + "@xss-e2e.com.br";
        tenants.user(tenant, adminEmail, "admin");
        Api admin = signIn(adminEmail, Tenants.PASSWORD);

        // a user whose name is a payload: the browser signs in as this user
        String userName = "Gestor " + svg("user-name") + " " + script("user-name-script");
        String email = "gestor." + suffix + "@xss-e2e.com.br";
        String password = "Senha-forte-9";
        var created = admin.post(
                "api/users",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("nome", userName)
                        .add("role", "manager")
                        .add("password", password)
                        .build()
                        .toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api manager = signIn(email, password);
        for (String agent : List.of("nigredo-recebimento", "nigredo-estrategia", "nigredo-disparo")) {
            assertThat(manager.post("api/agents/" + agent + "/activate", "{}").status())
                    .as(agent)
                    .isEqualTo(200);
        }

        // lead fields and the file name, through an import; the second row is refused for its e-mail
        String empresa = "Loja " + img("lead-empresa");
        String contato = "Maria " + script("lead-contato");
        String setor = "Varejo " + svg("lead-setor");
        String fileName = img("file-name") + ".csv";
        String csv = "empresa,contato,email,telefone,setor,porte\n"
                + csvRow(empresa, contato, "maria." + suffix + "@loja-xss.com.br", "(11) 98765-4321", setor, "ME")
                + csvRow(
                        "Outra " + img("lead-rejected"),
                        javascriptUrl("lead-contato-url"),
                        img("lead-email") + "@x",
                        "",
                        "Serviços",
                        "EPP");
        var imported = manager.post(
                "api/leads/import?filename=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8),
                "text/csv; charset=utf-8",
                csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        String importId = imported.json().getString("import_id");
        eventually()
                .until(() -> manager.get("api/imports/" + importId)
                        .json()
                        .getString("status")
                        .equals("concluido"));

        // every campaign message's subject and body (plain text: the template sandbox lets it through)
        String campanha = eventually()
                .until(() -> manager.get("api/campanhas").json().getJsonArray("items"), items -> !items.isEmpty())
                .getJsonObject(0)
                .getString("id");
        String assunto = "Oferta " + img("assunto");
        String corpo = "Olá! " + svg("corpo") + " " + script("corpo-script") + " " + javascriptUrl("corpo-url");
        JsonObject mensagens = manager.get("api/campanhas/" + campanha).json().getJsonObject("mensagens");
        var saved = manager.put(
                "api/campanhas/" + campanha + "/mensagens",
                everyMessage(mensagens, assunto, corpo).toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(manager.post("api/campanhas/" + campanha + "/approve", "").status())
                .isEqualTo(200);

        // a sandbox reply
        JsonObject sent = eventually()
                .until(
                        () -> manager.get("api/sandbox/mensagens").json().getJsonArray("items"),
                        items -> !items.isEmpty())
                .getJsonObject(0);
        String resposta = "Quero saber mais " + img("reply") + " " + svg("reply-svg");
        var replied = manager.post(
                "api/sandbox/mensagens/" + sent.getString("id") + "/resposta",
                Json.createObjectBuilder().add("texto", resposta).build().toString());
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        String envio = manager.get("api/campanhas/" + campanha + "/envios?status=enviado")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");

        WebDriver driver = browser.start();
        browser.openLogin(base);
        browser.signIn(email, password);
        String app = base.toString() + "app/";
        List<String> screens = new ArrayList<>();

        screens.add(visit(app + "#/marketplace", By.cssSelector("[data-testid='agent-card']"), company));
        screens.add(visit(app + "#/meus-agentes", testid("activation-item"), company));
        screens.add(visit(app + "#/leads", testid("lead-row"), empresa, contato, setor));
        screens.add(visit(
                app + "#/importar?id=" + importId,
                By.cssSelector("[data-testid='import-progress'][data-status='concluido']"),
                fileName));
        browser.waiting().until(visibilityOfElementLocated(testid("import-issue")));
        assertClean("#/importar?id= (issues)");
        screens.add(visit(app + "#/importar", testid("import-form"), company));
        screens.add(visit(app + "#/campanhas", testid("campaign-name"), company));
        screens.add(visit(app + "#/campanha?id=" + campanha, testid("preview-card"), assunto, corpo));
        browser.waiting().until(visibilityOfElementLocated(testid("send-row")));
        assertClean("#/campanha (sends)");
        screens.add(visit(app + "#/sandbox", testid("sandbox-reply"), assunto, corpo, resposta, empresa));
        screens.add(visit(app + "#/funil", testid("funnel"), company));

        // the unsubscribe page, rendered by the server, names the sender: the company
        driver.get(base.toString() + "descadastro/" + envio);
        assertClean("GET /descadastro/{envio}");
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        browser.waiting().until(d -> d.getTitle().contains("Descadastro feito"));
        assertClean("POST /descadastro/{envio}");
        assertThat(bodyText()).contains(company);

        assertThat(screens).as("screens opened").hasSize(9);
    }

    /** Opens a screen, waits for its data, and asserts nothing ran and the texts are shown as text. */
    private String visit(String url, By loaded, String... texts) {
        WebDriver driver = browser.driver();
        driver.get(url);
        WebDriverWait wait = browser.waiting();
        wait.until(visibilityOfElementLocated(loaded));
        wait.until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.querySelector('[aria-busy=\"true\"]') === null")
                .equals(Boolean.TRUE));
        String screen = url.substring(url.indexOf('#'));
        assertClean(screen);
        String shown = bodyText();
        for (String text : texts) {
            assertThat(shown).as("%s shows the text as written", screen).contains(text);
        }
        return screen;
    }

    /** No payload ran (window.__xss) and none became an element (data-xss), after the page settled. */
    private void assertClean(String screen) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        // error and load handlers of injected elements fire within milliseconds: give them the time
        js.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500)");
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) js.executeScript("return {"
                + " ran: window.__xss === undefined ? null : String(window.__xss),"
                + " elements: Array.from(document.querySelectorAll('[data-xss]')).map(e => e.outerHTML.slice(0, 120)),"
                + " inlineScripts: document.querySelectorAll('script:not([src])').length,"
                + " title: document.title };");
        assertThat(found.get("ran")).as("%s: a payload ran", screen).isNull();
        assertThat((List<?>) found.get("elements"))
                .as("%s: payloads that became elements", screen)
                .isEmpty();
        assertThat(((Number) found.get("inlineScripts")).intValue())
                .as("%s: inline scripts", screen)
                .isZero();
        assertThat((String) found.get("title")).as("%s: title", screen).doesNotContain("XSS");
    }

    private String bodyText() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText;");
    }

    private Api signIn(String email, String password) {
        Api api = new Api(base);
        var login = api.post(
                "auth/login",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("password", password)
                        .build()
                        .toString());
        assertThat(login.status())
                .as("sign-in of " + email + ": " + login.body())
                .isEqualTo(200);
        return api.as(login.json().getString("access_token"));
    }

    /** Every stage's and variant's subject and body replaced. */
    private static JsonObject everyMessage(JsonObject mensagens, String assunto, String corpo) {
        JsonObjectBuilder stages = Json.createObjectBuilder();
        mensagens.forEach((etapa, variants) -> {
            JsonObjectBuilder replaced = Json.createObjectBuilder();
            variants.asJsonObject()
                    .forEach((variante, message) -> replaced.add(
                            variante,
                            Json.createObjectBuilder(message.asJsonObject())
                                    .add("assunto", assunto)
                                    .add("corpo", corpo)));
            stages.add(etapa, replaced);
        });
        return stages.build();
    }

    private static String csvRow(String... cells) {
        StringBuilder row = new StringBuilder();
        for (String cell : cells) {
            if (!row.isEmpty()) {
                row.append(',');
            }
            row.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return row.append('\n').toString();
    }

    private static org.awaitility.core.ConditionFactory eventually() {
        return await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1));
    }
}
