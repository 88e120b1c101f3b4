package ai.alquimista.platform.e2e;

import static ai.alquimista.platform.e2e.Browser.testid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.platform.Tenants;
import ai.alquimista.spine.EmbeddedInfrastructure;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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
 * The Funil screen in a real browser (headless Chromium) against the real WAR on Payara Micro: a manager sees the
 * funnel of the last 30 days with its daily trend, switches to 7 days, and opens the PDF of a day's report from the
 * list; the PDF the server renders (chart and all, headless) is a PDF.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class FunilE2EIT {

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser("funil");

    private final Tenants tenants = new Tenants();

    @Deployment(testable = false)
    static WebArchive application() {
        return Browser.application();
    }

    @Test
    void aManagerChangesThePeriodAndOpensADaysPdf() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "gestora." + suffix + "@funil.com.br";
        UUID tenant = tenants.tenant("Funil E2E Ltda " + suffix);
        tenants.user(tenant, email, "manager");
        tenants.lead(tenant, "Padaria Aurora", "contatado");
        tenants.lead(tenant, "Padaria Boa Vista", "novo");
        LocalDate dia = tenants.relatorioDiario(tenant, LocalDate.now().minusDays(3));

        WebDriver driver = browser.start();
        WebDriverWait wait = browser.waiting();
        browser.openLogin(base);
        browser.signIn(email, Tenants.PASSWORD);

        // 1. The last 30 days: the leads received today, the trend of 30 days, the report of the day in the list
        driver.findElement(testid("nav-funil")).click();
        wait.until(textToBePresentInElementLocated(testid("funnel-recebidos-value"), "2"));
        assertThat(driver.findElement(testid("funnel-contatados-value")).getText())
                .isEqualTo("1");
        assertThat(driver.findElement(testid("period-30")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(driver.findElement(testid("trend-chart")).getAttribute("data-days"))
                .isEqualTo("30");

        // 2. Seven days
        driver.findElement(testid("period-7")).click();
        wait.until(urlMatches("#/funil\\?periodo=7$"));
        wait.until(attributeToBe(testid("trend-chart"), "data-days", "7"));
        assertThat(driver.findElement(testid("period-7")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(driver.findElement(testid("funnel-recebidos-value")).getText())
                .isEqualTo("2");

        // 3. The day's PDF, fetched with the session and opened
        By link = By.cssSelector("[data-testid='report-pdf'][data-data='" + dia + "']");
        wait.until(visibilityOfElementLocated(link));
        String janela = driver.getWindowHandle();
        driver.findElement(link).click();
        wait.until(attributeToBe(link, "data-ready", "true"));
        driver.switchTo().window(janela);
        WebElement aberto = driver.findElement(link);
        assertThat(aberto.getAttribute("href")).startsWith("blob:");
        // what the link fetched (the UI checks and records the response's type before opening it)
        assertThat(aberto.getAttribute("data-type")).isEqualTo("application/pdf");
        assertThat(Integer.parseInt(aberto.getAttribute("data-bytes"))).isGreaterThan(10_000);

        // the same day straight from the API: a PDF with a file name of ours
        HttpResponse<byte[]> resposta = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/relatorios/" + dia + ".pdf"))
                                .header("Authorization", "Bearer " + browser.sessionToken())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(resposta.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"relatorio-" + dia + ".pdf\"");
        assertThat(new String(Arrays.copyOf(resposta.body(), 5), StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }
}
