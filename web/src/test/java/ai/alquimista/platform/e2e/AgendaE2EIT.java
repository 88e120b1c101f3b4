package ai.alquimista.platform.e2e;

import static ai.alquimista.platform.Prospeccao.activate;
import static ai.alquimista.platform.Prospeccao.activateWith;
import static ai.alquimista.platform.Prospeccao.approveAndSend;
import static ai.alquimista.platform.Prospeccao.eventually;
import static ai.alquimista.platform.Prospeccao.importCsv;
import static ai.alquimista.platform.e2e.Browser.testid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.platform.Prospeccao;
import ai.alquimista.platform.Tenants;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.EmbeddedInfrastructure;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Agenda in a real browser against the real WAR: a lead answered the campaign wanting a meeting and chose the
 * first slot offered (all through the queues, as {@code AgendamentosIT}); the tenant's manager finds the meeting on
 * its day, opens it, reads the commercial briefing, tries to mark it held before it happened (refused, and told why),
 * cancels it after confirming, and finds it on the lead's page. On failure a screenshot and the page source land in
 * {@code target/e2e/}.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class AgendaE2EIT {

    private static final String PADARIA = """
            empresa,contato,telefone,email,setor,porte,opt_in_whatsapp
            Padaria Pão Quente,MARIA SILVA,,maria@paoquente.com.br,Alimentação,ME,
            """;

    /** How the Agenda heads a day (agenda.js, Intl pt-BR: weekday long, day and month 2-digit, year). */
    private static final DateTimeFormatter DIA =
            DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", Locale.forLanguageTag("pt-BR"));

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser("agenda");

    private final Tenants tenants = new Tenants();

    @Deployment(testable = false)
    static WebArchive application() {
        return Browser.application();
    }

    @Test
    void aManagerReadsTheMeetingsBriefingIsRefusedMarkingItHeldEarlyCancelsItAndSeesItOnTheLeadsPage() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Prospeccao prospeccao = new Prospeccao(new Api(base), tenants, suffix);
        UUID tenant = tenants.tenant("Agenda E2E Ltda " + suffix);
        Api manager = prospeccao.manager(tenant, "gil");
        JsonObject reuniao = reuniaoConfirmada(manager);
        String id = reuniao.getString("id");
        String leadId = reuniao.getString("lead_id");
        Instant dataHora = Instant.parse(reuniao.getString("data_hora"));

        WebDriver driver = browser.start();
        WebDriverWait wait = browser.waiting();
        browser.openLogin(base);
        browser.signIn(prospeccao.email("gil"), Tenants.PASSWORD);

        // 1. Agenda: the meeting among the upcoming ones, under its day, at its hour, with the company and status
        driver.findElement(testid("nav-agenda")).click();
        By naAgenda = By.cssSelector("[data-testid='agenda-reuniao'][data-id='" + id + "']");
        wait.until(visibilityOfElementLocated(naAgenda));
        assertThat(driver.getCurrentUrl()).endsWith("#/agenda");
        WebElement proximas = driver.findElement(testid("agenda-proximas"));
        WebElement item = proximas.findElement(naAgenda);
        assertThat(item.getText()).contains("Padaria Pão Quente").contains(reuniao.getString("contato"));
        assertThat(item.findElement(testid("agenda-reuniao-status")).getText()).isEqualTo("Confirmado");
        ZoneId zonaDoNavegador = ZoneId.of((String) ((JavascriptExecutor) driver)
                .executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;"));
        WebElement dia = proximas.findElements(testid("agenda-dia")).stream()
                .filter(d -> !d.findElements(naAgenda).isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(dia.findElement(By.tagName("h3")).getText()).isEqualTo(DIA.format(dataHora.atZone(zonaDoNavegador)));
        assertThat(item.findElement(By.tagName("strong")).getText())
                .isEqualTo(DateTimeFormatter.ofPattern("HH:mm").format(dataHora.atZone(zonaDoNavegador)));

        // 2. The meeting: its lead and the commercial briefing, with the company and the conversation
        item.findElement(testid("agenda-reuniao-link")).click();
        wait.until(visibilityOfElementLocated(testid("agenda-briefing")));
        assertThat(driver.getCurrentUrl()).endsWith("#/agenda?id=" + id);
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Reunião - Padaria Pão Quente");
        assertThat(driver.findElement(testid("agenda-status")).getText()).isEqualTo("Confirmado");
        assertThat(driver.findElement(testid("agenda-lead")).getText())
                .contains("Padaria Pão Quente")
                .contains("maria@paoquente.com.br");
        assertThat(driver.findElement(testid("agenda-briefing")).getText())
                .contains("- Empresa: Padaria Pão Quente")
                .contains("Tenho interesse, vamos agendar");

        // 3. Held before it happened: refused, and the manager reads why; nothing changed
        driver.findElement(testid("agenda-realizado")).click();
        confirmar(wait, "Marcar como realizada");
        wait.until(visibilityOfElementLocated(testid("agenda-problema")));
        assertThat(driver.findElement(testid("agenda-problema")).getText()).contains("A reunião ainda não começou");
        assertThat(driver.findElement(testid("agenda-status")).getText()).isEqualTo("Confirmado");
        assertThat(manager.get("api/agendamentos/" + id).json().getString("status"))
                .isEqualTo("confirmado");

        // 4. Cancelled, after confirming: the status shows it and the sales team's marks are gone
        driver.findElement(testid("agenda-cancelado")).click();
        confirmar(wait, "Cancelar reunião");
        wait.until(textToBePresentInElementLocated(testid("agenda-status"), "Cancelado"));
        assertThat(driver.findElement(testid("flash")).getText()).contains("Cancelar reunião: feito.");
        assertThat(driver.findElements(testid("agenda-marcas"))).isEmpty();
        assertThat(manager.get("api/agendamentos/" + id).json().getString("status"))
                .isEqualTo("cancelado");

        // 5. The lead's page lists the meeting, and its link leads back to it
        driver.findElement(By.cssSelector("[data-testid='agenda-lead'] a")).click();
        wait.until(visibilityOfElementLocated(testid("lead-reuniao")));
        assertThat(driver.getCurrentUrl()).endsWith("#/lead?id=" + leadId);
        List<WebElement> reunioes = driver.findElements(testid("lead-reuniao"));
        assertThat(reunioes)
                .singleElement()
                .satisfies(r -> assertThat(r.getText()).contains("cancelado"));
        reunioes.get(0).findElement(By.tagName("a")).click();
        wait.until(visibilityOfElementLocated(testid("agenda-briefing")));
        assertThat(driver.getCurrentUrl()).endsWith("#/agenda?id=" + id);
    }

    /** The dialog asks before the mark; the manager confirms it. */
    private static void confirmar(WebDriverWait wait, String acao) {
        WebElement dialog = wait.until(visibilityOfElementLocated(testid("confirm-dialog")));
        assertThat(dialog.findElement(testid("confirm-message")).getText()).isEqualTo(acao + "?");
        dialog.findElement(testid("confirm-ok")).click();
        wait.until(invisibilityOfElementLocated(testid("confirm-dialog")));
    }

    private static List<JsonObject> sandbox(Api manager) {
        return manager.get("api/sandbox/mensagens").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /**
     * Seed 001's scenario through the queues: imported, approved, sent; Maria answers "Tenho interesse, vamos
     * agendar", is offered three slots and answers "1".
     *
     * @return the confirmed meeting, as the Agenda lists it
     */
    private JsonObject reuniaoConfirmada(Api manager) {
        activate(
                manager,
                "nigredo-recebimento",
                "nigredo-estrategia",
                "nigredo-disparo",
                "nigredo-sentimento",
                "nigredo-atendimento");
        activateWith(
                manager, "nigredo-agendamento", "{\"settings\": {\"email_comercial\": \"vendas@alquimia.com.br\"}}");
        importCsv(manager, PADARIA);
        JsonObject primeiroToque = approveAndSend(manager, 1).get(0);
        var pedido = manager.post(
                "api/sandbox/mensagens/" + primeiroToque.getString("id") + "/resposta",
                "{\"texto\": \"Tenho interesse, vamos agendar\"}");
        assertThat(pedido.status()).as(pedido.body()).isEqualTo(201);
        JsonObject proposta = eventually()
                .until(
                        () -> sandbox(manager).stream()
                                .filter(m -> m.getString("corpo").contains("Responda com o número da opção"))
                                .toList(),
                        found -> !found.isEmpty())
                .get(0);
        var escolha =
                manager.post("api/sandbox/mensagens/" + proposta.getString("id") + "/resposta", "{\"texto\": \"1\"}");
        assertThat(escolha.status()).as(escolha.body()).isEqualTo(201);
        return eventually()
                .until(
                        () -> manager.get("api/agendamentos?status=confirmado")
                                .json()
                                .getJsonArray("items")
                                .getValuesAs(JsonObject.class),
                        items -> !items.isEmpty())
                .get(0);
    }
}
