package ai.alquimista.platform.e2e;

import static ai.alquimista.platform.e2e.Browser.testid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.platform.Tenants;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.EmbeddedInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Seed 001's end-to-end scenario in a real browser (headless Chromium) against the real WAR on
 * Payara Micro: a tenant's gestor logs in, opens the marketplace, activates an agent after
 * confirming in the dialog, finds it under "Meus agentes" and signs out; a viewer of the same
 * tenant reads the catalog without the buttons only gestores may use. The tenant is the test's
 * own, so the shared demo tenant is left as it was. Everything is asserted as the user sees it on
 * the page. On failure a screenshot and the page source land in {@code target/e2e/}.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class MarketplaceE2EIT {

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser("marketplace");

    private final Tenants tenants = new Tenants();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static WebArchive application() {
        return Browser.application();
    }

    @Test
    void aTenantLogsInActivatesAnAgentInTheMarketplaceAndSeesItUnderMeusAgentes() {
        // A tenant of its own (no agent active yet), its gestor and a viewer.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "Marketplace E2E Ltda " + suffix;
        String email = "gestor." + suffix + "@marketplace.com.br";
        String viewer = "leitor." + suffix + "@marketplace.com.br";
        String password = Tenants.PASSWORD;
        UUID tenant = tenants.tenant(company);
        tenants.user(tenant, email, "manager");
        tenants.user(tenant, viewer, "viewer");
        WebDriver driver = browser.start();
        WebDriverWait wait = browser.waiting();

        // The root sends the browser to the UI, which asks who is there.
        browser.openLogin(base);
        assertThat(driver.getCurrentUrl()).contains("/app/").endsWith("#/login");
        assertThat(driver.getTitle()).contains("Entrar");

        // A wrong password is refused without saying which field was wrong.
        browser.type(testid("login-email"), email);
        browser.type(testid("login-password"), password + "-errada");
        driver.findElement(testid("login-submit")).click();
        wait.until(visibilityOfElementLocated(testid("login-error")));
        assertThat(driver.findElement(testid("login-error")).getText()).isEqualTo("E-mail ou senha inválidos.");
        assertThat(browser.sessionToken())
                .as("no session after a wrong password")
                .isNull();

        // 1. Login
        browser.signIn(email, password);
        wait.until(textToBePresentInElementLocated(testid("header-company"), company));
        assertThat(browser.sessionToken()).as("the session the UI keeps").isNotBlank();

        // 2. Marketplace: one card per agent
        driver.findElement(testid("nav-marketplace")).click();
        wait.until(d ->
                !d.findElements(By.cssSelector("[data-testid='agent-card']")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("#/marketplace");
        List<WebElement> cards = driver.findElements(By.cssSelector("[data-testid='agent-card']"));
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.findElement(testid("agent-name")).getText()).isNotBlank();
            assertThat(card.findElement(testid("agent-price")).getText()).startsWith("R$");
        });
        assertThat(driver.findElements(testid("agents-managers-only")))
                .as("the gestor's hint")
                .isEmpty();
        WebElement card =
                driver.findElements(By.cssSelector("[data-testid='agent-card'][data-active='false']")).stream()
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("every agent is already active: nothing to activate"));
        String agentId = card.getAttribute("data-agent-id");
        String agentName = card.findElement(testid("agent-name")).getText();
        assertThat(card.findElements(testid("agent-active-badge"))).isEmpty();

        // 3. Activate it, confirming in the dialog
        card.findElement(testid("agent-activate")).click();
        WebElement dialog = wait.until(visibilityOfElementLocated(testid("confirm-dialog")));
        assertThat(dialog.findElement(testid("confirm-message")).getText())
                .isEqualTo("Ativar o agente " + agentName + " para sua empresa?");
        dialog.findElement(testid("confirm-ok")).click();

        By activeBadge = By.cssSelector(
                "[data-testid='agent-card'][data-agent-id='" + agentId + "'] [data-testid='agent-active-badge']");
        wait.until(visibilityOfElementLocated(activeBadge));
        assertThat(driver.findElement(activeBadge).getText()).isEqualTo("Ativo");
        assertThat(driver.findElement(testid("flash")).getText())
                .contains(agentName)
                .contains("ativado");
        assertThat(driver.findElement(
                                By.cssSelector("[data-agent-id='" + agentId + "'] [data-testid='agent-deactivate']"))
                        .getText())
                .isEqualTo("Desativar");
        assertThat(driver.findElement(testid("confirm-dialog")).isDisplayed()).isFalse();

        // 4. Meus agentes lists it
        driver.findElement(testid("nav-meus-agentes")).click();
        wait.until(visibilityOfElementLocated(testid("activation-list")));
        assertThat(driver.getCurrentUrl()).endsWith("#/meus-agentes");
        assertThat(driver.findElements(
                        By.cssSelector("[data-testid='activation-item'] [data-testid='activation-name']")))
                .extracting(WebElement::getText)
                .contains(agentName);
        WebElement activation =
                driver.findElement(By.cssSelector("[data-testid='activation-item'][data-agent-id='" + agentId + "']"));
        assertThat(activation.findElement(testid("activation-date")).getText())
                .isNotBlank()
                .isNotEqualTo("—");

        // Sair ends the session on the server (the old token is refused) and here; a signed-in page sends the
        // browser back to the login
        String token = browser.sessionToken();
        driver.findElement(testid("logout")).click();
        wait.until(visibilityOfElementLocated(testid("login-form")));
        assertThat(browser.sessionToken()).as("the session after Sair").isNull();
        assertThat(new Api(base).as(token).get("api/me").status())
                .as("the token after Sair")
                .isEqualTo(401);
        driver.navigate().to(base.toString() + "app/#/meus-agentes");
        wait.until(urlMatches("#/login$"));
        wait.until(visibilityOfElementLocated(testid("login-form")));
        assertThat(driver.findElements(testid("activation-list"))).isEmpty();
        assertThat(driver.findElement(testid("app-header")).isDisplayed()).isFalse();

        // A viewer reads the catalog, with the agent active, but only gestores activate or deactivate
        browser.signIn(viewer, password);
        driver.findElement(testid("nav-marketplace")).click();
        wait.until(visibilityOfElementLocated(activeBadge));
        assertThat(driver.findElement(testid("agents-managers-only")).getText()).contains("Somente gestores");
        assertThat(driver.findElements(testid("agent-activate"))).isEmpty();
        assertThat(driver.findElements(testid("agent-deactivate"))).isEmpty();
    }

    @Test
    void theUiAndTheApiDocsAreServedByTheApplication() {
        var root = get("");
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/app/"));

        var index = get("app/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(index.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-cache"));
        assertThat(index.body()).contains("<html lang=\"pt-BR\">").contains("app.js");
        assertThat(contentType("app/app.js")).startsWith("text/javascript");
        assertThat(contentType("app/views/marketplace.js")).startsWith("text/javascript");
        assertThat(contentType("app/app.css")).startsWith("text/css");
        assertThat(contentType("app/favicon.svg")).startsWith("image/svg+xml");

        var missing = get("app/nada.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("app/views").statusCode()).as("a directory").isEqualTo(404);
        for (String escape : List.of(
                "app/%2e%2e/WEB-INF/beans.xml",
                "app/..%2FWEB-INF%2Fbeans.xml", "app/%2Fetc%2Fpasswd", "api-docs/%2e%2e/%2e%2e/WEB-INF/beans.xml")) {
            var refused = get(escape);
            assertThat(refused.statusCode()).as(escape).isBetween(400, 404);
            assertThat(refused.body()).as(escape).doesNotContain("<beans");
        }

        var docs = get("api-docs/");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui-bundle.js");
        assertThat(contentType("api-docs/swagger-ui-bundle.js")).startsWith("text/javascript");
        assertThat(contentType("api-docs/swagger-ui.css")).startsWith("text/css");
        assertThat(get("openapi").body()).doesNotContain("/api-docs").doesNotContain("/app/");
    }

    private HttpResponse<String> get(String path) {
        try {
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            return http.send(
                    HttpRequest.newBuilder(URI.create(root + path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String contentType(String path) {
        var reply = get(path);
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return reply.headers().firstValue("Content-Type").orElse("");
    }
}
