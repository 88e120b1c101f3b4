package ai.alquimista.platform.e2e;

import static ai.alquimista.platform.e2e.Browser.testid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.platform.Tenants;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.EmbeddedInfrastructure;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Conversas in a real browser (headless Chromium) against the real WAR on Payara Micro: a tenant whose Atendimento
 * works in approval mode gets a question from a lead (simulated in the sandbox); its gestor finds the conversation
 * with its badges, opens the review queue, tries to send a reply saying it is a robot (the brand policy refuses it,
 * next to the editor), sends a proper one, and reads the conversation as a chat with the phone as Brazilians write
 * it; the company's other people, held since the lead answered, are released; the lead's page shows its company and
 * consent. On failure a screenshot and the page source land in {@code target/e2e/}.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class ConversasE2EIT {

    /** Maria (WhatsApp, with consent) and Pedro (e-mail only) of the same bakery. */
    private static final String PADARIA = """
            empresa,contato,telefone,email,setor,porte,opt_in_whatsapp
            Padaria Pão Quente,MARIA SILVA,(11) 98765-4321,maria@paoquente.com.br,Alimentação,ME,sim - formulário do site
            Padaria Pão Quente,Pedro Souza,,pedro@paoquente.com.br,Alimentação,ME,
            """;

    private static final String PERGUNTA = "Quanto custa? Vocês atendem padarias?";
    private static final String ROBO = "Oi Maria, sou um robô e posso ajudar!";
    private static final String RESPOSTA = "Oi Maria! Atendemos padarias, sim: o plano custa R$ 99 por mês.";

    /** What the UI calls each next step (format.js NEXT_STEP_LABELS). */
    private static final Map<String, String> PROXIMO_PASSO = Map.of(
            "forward_to_scheduler", "Encaminhado para agendamento",
            "nurture", "Nutrir",
            "answer_objection", "Responder objeção",
            "disqualify", "Descartado",
            "opt_out", "Descadastrado (LGPD)",
            "escalate_human", "Atendimento humano");

    private static final Map<String, String> STATUS = Map.of(
            "respondeu", "Respondeu",
            "interessado", "Interessado",
            "descartado", "Descartado",
            "descadastrado", "Descadastrado");

    private static final Map<String, String> SENTIMENTO =
            Map.of("positivo", "Positivo", "neutro", "Neutro", "negativo", "Negativo", "irritado", "Irritado");

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser("conversas");

    private final Tenants tenants = new Tenants();

    @Deployment(testable = false)
    static WebArchive application() {
        return Browser.application();
    }

    /** Polls every second and a half: the IT's per-tenant rate limit is 60 requests a minute. */
    private static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(1500));
    }

    @Test
    void aPersonEditsTheDraftInTheReviewQueueSendsItAndReadsTheConversation() {
        // A tenant of its own whose Atendimento asks a person before answering, and a lead's question.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "gestor." + suffix + "@conversas.com.br";
        UUID tenant = tenants.tenant("Conversas E2E Ltda " + suffix);
        tenants.user(tenant, email, "manager");
        Api manager = signIn(email);
        for (String agent :
                List.of("nigredo-recebimento", "nigredo-estrategia", "nigredo-disparo", "nigredo-sentimento")) {
            activate(manager, agent, "{}");
        }
        activate(manager, "nigredo-atendimento", "{\"settings\": {\"modo_aprovacao\": true}}");
        importCsv(manager);
        JsonObject maria = approveAndSend(manager).stream()
                .filter(m -> m.getString("canal").equals("whatsapp"))
                .findFirst()
                .orElseThrow();
        String leadId = maria.getString("lead_id");
        var resposta = manager.post(
                "api/sandbox/mensagens/" + maria.getString("id") + "/resposta", "{\"texto\": \"" + PERGUNTA + "\"}");
        assertThat(resposta.status()).as(resposta.body()).isEqualTo(201);
        JsonObject item = eventually()
                .until(() -> manager.get("api/conversas/revisao").json().getJsonArray("items"), i -> !i.isEmpty())
                .getJsonObject(0);
        String rascunho = item.getString("rascunho");
        JsonObject resumo =
                manager.get("api/conversas").json().getJsonArray("items").getJsonObject(0);

        WebDriver driver = browser.start();
        WebDriverWait wait = browser.waiting();
        browser.openLogin(base);
        browser.signIn(email, Tenants.PASSWORD);

        // 1. Conversas lists the lead, with how its reply felt, the next step in words and the "revisão" badge
        driver.findElement(testid("nav-conversas")).click();
        By row = By.cssSelector("[data-testid='conversa-row'][data-lead-id='" + leadId + "']");
        wait.until(visibilityOfElementLocated(row));
        assertThat(driver.getCurrentUrl()).endsWith("#/conversas");
        assertThat(driver.findElement(testid("tab-conversas")).getAttribute("aria-selected"))
                .isEqualTo("true");
        WebElement conversa = driver.findElement(row);
        assertThat(conversa.findElement(testid("conversa-empresa")).getText()).isEqualTo("Padaria Pão Quente");
        assertThat(conversa.findElement(testid("conversa-ultima")).getText()).isEqualTo(PERGUNTA);
        WebElement sentimento = conversa.findElement(testid("conversa-sentimento"));
        assertThat(sentimento.getAttribute("data-sentiment")).isEqualTo(resumo.getString("sentimento"));
        assertThat(sentimento.getAttribute("class")).contains("badge--sentiment-" + resumo.getString("sentimento"));
        assertThat(sentimento.getText())
                .contains(SENTIMENTO.get(resumo.getString("sentimento")))
                .contains(resumo.getInt("intensidade") + "%");
        assertThat(conversa.findElement(testid("conversa-proximo-passo")).getText())
                .isEqualTo(PROXIMO_PASSO.get(resumo.getString("proximo_passo")));
        assertThat(conversa.findElement(testid("conversa-em-revisao")).getText())
                .isEqualTo("revisão");

        // 2. Revisão: what the lead wrote, the draft in the editor, why it waits
        driver.findElement(testid("tab-revisao")).click();
        By card = By.cssSelector("[data-testid='revisao-item'][data-revisao-id='" + item.getString("id") + "']");
        wait.until(visibilityOfElementLocated(card));
        assertThat(driver.getCurrentUrl()).endsWith("#/conversas?aba=revisao");
        assertThat(driver.findElement(testid("tab-revisao")).getText()).contains("Revisão (1)");
        WebElement revisao = driver.findElement(card);
        assertThat(revisao.findElement(testid("revisao-mensagem")).getText()).isEqualTo(PERGUNTA);
        assertThat(revisao.findElement(testid("revisao-motivo")).getText()).contains("modo de aprovação");
        assertThat(revisao.findElement(testid("revisao-texto")).getAttribute("value"))
                .isEqualTo(rascunho)
                .isNotBlank();
        assertThat(driver.findElements(testid("revisao-readonly")))
                .as("a gestor decides")
                .isEmpty();

        // 3. A text saying it is a robot is refused, the reasons next to the editor, and nothing leaves the queue
        browser.type(testid("revisao-texto"), ROBO);
        revisao.findElement(testid("revisao-enviar")).click();
        wait.until(visibilityOfElementLocated(testid("revisao-erro")));
        assertThat(driver.findElement(testid("revisao-erro")).getText())
                .contains("A resposta não pode ser enviada assim")
                .contains("robô");
        assertThat(driver.findElement(testid("revisao-texto")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElements(card)).hasSize(1);

        // 4. A proper text goes out and the item leaves the queue
        browser.type(testid("revisao-texto"), RESPOSTA);
        driver.findElement(testid("revisao-enviar")).click();
        wait.until(visibilityOfElementLocated(testid("revisao-empty")));
        assertThat(driver.findElements(card)).isEmpty();
        assertThat(driver.findElement(testid("flash")).getText()).contains("Resposta enviada");
        assertThat(driver.findElement(testid("tab-revisao")).getText()).isEqualTo("Revisão");

        // 5. The conversation as a chat: the question on the left with its reading, the answer on the right
        driver.findElement(testid("tab-conversas")).click();
        wait.until(visibilityOfElementLocated(row));
        driver.findElement(row).findElement(testid("conversa-empresa")).click();
        wait.until(visibilityOfElementLocated(testid("conversa-historico")));
        assertThat(driver.getCurrentUrl()).endsWith("#/conversa?lead=" + leadId);
        // (the IT's Disparo stamps what it sends with its simulated clock, so the chat's order is not asserted here)
        List<WebElement> mensagens = chatUntil(driver, 3);
        assertThat(mensagens)
                .extracting(m -> m.getAttribute("data-tipo"))
                .containsExactlyInAnyOrder("enviado", "recebido", "enviado");
        WebElement pergunta = mensagens.stream()
                .filter(m -> m.getAttribute("data-tipo").equals("recebido"))
                .findFirst()
                .orElseThrow();
        assertThat(pergunta.getAttribute("class")).contains("chat__item--recebido");
        assertThat(pergunta.findElement(testid("conversa-mensagem-texto")).getText())
                .isEqualTo(PERGUNTA);
        assertThat(pergunta.findElement(testid("conversa-sentimento")).getAttribute("data-sentiment"))
                .isEqualTo(resumo.getString("sentimento"));
        assertThat(pergunta.findElement(testid("conversa-proximo-passo")).getText())
                .isEqualTo("Próximo passo: " + PROXIMO_PASSO.get(resumo.getString("proximo_passo")));
        WebElement enviada = mensagens.stream()
                .filter(m -> m.getText().contains(RESPOSTA))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the answer is not in the chat"));
        assertThat(enviada.getAttribute("data-tipo")).isEqualTo("enviado");
        assertThat(enviada.getAttribute("class")).contains("chat__item--enviado");
        assertThat(enviada.findElement(testid("conversa-mensagem-texto")).getText())
                .startsWith(RESPOSTA);
        assertThat(driver.findElement(testid("conversa-telefone")).getText()).isEqualTo("(11) 98765-4321");
        JsonObject detalhe = manager.get("api/conversas/" + leadId).json();
        assertThat(driver.findElement(testid("conversa-status")).getText())
                .isEqualTo(STATUS.get(detalhe.getString("status")));
        assertThat(driver.findElements(testid("conversa-em-revisao"))).isEmpty();

        // 6. Pedro's sends wait since Maria answered; the gestor releases them
        long retidos = detalhe.getJsonNumber("envios_retidos_da_conta").longValue();
        assertThat(retidos).as("Pedro's later stages").isPositive();
        assertThat(driver.findElement(testid("conversa-retidos")).getText())
                .contains(
                        retidos == 1
                                ? "1 envio para outras pessoas da empresa está retido"
                                : retidos + " envios para outras pessoas da empresa estão retidos");
        driver.findElement(testid("conversa-retomar")).click();
        wait.until(visibilityOfElementLocated(testid("confirm-dialog")))
                .findElement(testid("confirm-ok"))
                .click();
        wait.until(textToBePresentInElementLocated(testid("flash"), "liberado"));
        wait.until(invisibilityOfElementLocated(testid("conversa-retidos")));
        assertThat(manager.get("api/conversas/" + leadId)
                        .json()
                        .getJsonNumber("envios_retidos_da_conta")
                        .longValue())
                .isZero();

        // 7. The lead's page, from the Leads screen: company, consent, the phone, the way back to the conversation
        driver.findElement(testid("nav-leads")).click();
        By leadRow = By.cssSelector("[data-testid='lead-row'][data-lead-id='" + leadId + "']");
        wait.until(visibilityOfElementLocated(leadRow));
        assertThat(driver.findElement(leadRow).getText()).contains("(11) 98765-4321");
        driver.findElement(leadRow).findElement(testid("lead-link")).click();
        wait.until(visibilityOfElementLocated(testid("lead-empresa")));
        assertThat(driver.getCurrentUrl()).endsWith("#/lead?id=" + leadId);
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Padaria Pão Quente");
        assertThat(driver.findElement(testid("lead-setor")).getText()).isEqualTo("Alimentação");
        assertThat(driver.findElement(testid("lead-porte")).getText()).isEqualTo("ME");
        assertThat(driver.findElement(testid("lead-cnpj")).getText()).isEqualTo("Não informado");
        assertThat(driver.findElement(testid("lead-telefone")).getText()).isEqualTo("(11) 98765-4321");
        assertThat(driver.findElement(testid("lead-consentimento")).getText()).contains("sim - formulário do site");
        assertThat(driver.findElements(testid("lead-marco")))
                .extracting(WebElement::getText)
                .anySatisfy(marco -> assertThat(marco).startsWith("Primeiro contato"))
                .anySatisfy(marco -> assertThat(marco).startsWith("Respondeu"));
        // its path through the agents: from its import to the reply Atendimento read
        wait.until(visibilityOfElementLocated(testid("lead-rastro")));
        assertThat(driver.findElement(testid("lead-rastro-agentes")).getText())
                .contains("recebimento")
                .contains("atendimento");
        assertThat(driver.findElement(testid("lead-rastro")).getText())
                .contains("leads.imported")
                .contains("lead.respondeu");
        driver.findElement(testid("lead-conversa-link")).click();
        wait.until(visibilityOfElementLocated(testid("conversa-historico")));
        assertThat(driver.findElements(testid("conversa-mensagem"))).hasSize(3);
    }

    @Test
    void phonesStatusesSentimentsAndNextStepsAreWrittenAsBrazilianSalesTeamsReadThem() {
        WebDriver driver = browser.start();
        browser.openLogin(base);

        @SuppressWarnings("unchecked")
        Map<String, Object> formatted = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        import(new URL('format.js', document.baseURI).href).then((f) => done({
                          celular: f.phone('+5511987654321'),
                          fixo: f.phone('+553132221234'),
                          semPais: f.phone('31 3222-1234'),
                          estrangeiro: f.phone('+14155552671'),
                          nenhum: f.phone(null),
                          cnpj: f.cnpj('11222333000181'),
                          respondeu: f.leadStatus('respondeu'),
                          interessado: f.leadStatus('interessado'),
                          descadastrado: f.leadStatus('descadastrado'),
                          desconhecido: f.leadStatus('constructor'),
                          irritado: f.sentiment('irritado'),
                          intensidade: f.intensity(73.6),
                          agendamento: f.nextStep('forward_to_scheduler'),
                          nutrir: f.nextStep('nurture'),
                          objecao: f.nextStep('answer_objection'),
                          descartado: f.nextStep('disqualify'),
                          optOut: f.nextStep('opt_out'),
                          humano: f.nextStep('escalate_human'),
                          umRetido: f.heldSends(1),
                          tresRetidos: f.heldSends(3),
                          trecho: f.excerpt('Bom dia!\\n\\nQuanto custa o plano para padarias?', 20),
                        })).catch((error) => done({ error: String(error) }));
                        """);

        assertThat(formatted).doesNotContainKey("error");
        assertThat(formatted)
                .containsEntry("celular", "(11) 98765-4321")
                .containsEntry("fixo", "(31) 3222-1234")
                .containsEntry("semPais", "(31) 3222-1234")
                .containsEntry("estrangeiro", "+14155552671")
                .containsEntry("nenhum", "—")
                .containsEntry("cnpj", "11.222.333/0001-81")
                .containsEntry("respondeu", "Respondeu")
                .containsEntry("interessado", "Interessado")
                .containsEntry("descadastrado", "Descadastrado")
                .containsEntry("desconhecido", "constructor")
                .containsEntry("irritado", "Irritado")
                .containsEntry("intensidade", "74%")
                .containsEntry("agendamento", "Encaminhado para agendamento")
                .containsEntry("nutrir", "Nutrir")
                .containsEntry("objecao", "Responder objeção")
                .containsEntry("descartado", "Descartado")
                .containsEntry("optOut", "Descadastrado (LGPD)")
                .containsEntry("humano", "Atendimento humano")
                .containsEntry("umRetido", "1 envio para outras pessoas da empresa está retido")
                .containsEntry("tresRetidos", "3 envios para outras pessoas da empresa estão retidos")
                .containsEntry("trecho", "Bom dia! Quanto cus…");
    }

    /** The chat once it holds `count` messages: the answer goes out through Disparo, so the page is read again. */
    private List<WebElement> chatUntil(WebDriver driver, int count) {
        By message = testid("conversa-mensagem");
        new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofSeconds(4))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (d.findElements(message).size() >= count) {
                        return true;
                    }
                    d.navigate().refresh();
                    return false;
                });
        return driver.findElements(message);
    }

    private Api signIn(String email) {
        Api anonymous = new Api(base);
        var login = anonymous.post(
                "auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        assertThat(login.status())
                .as("sign-in of " + email + ": " + login.body())
                .isEqualTo(200);
        return anonymous.as(login.json().getString("access_token"));
    }

    private static void activate(Api manager, String agent, String settings) {
        var activation = manager.post("api/agents/" + agent + "/activate", settings);
        assertThat(activation.status()).as(agent + ": " + activation.body()).isEqualTo(200);
    }

    private static void importCsv(Api manager) {
        var accepted = manager.post("api/leads/import?filename=leads.csv", "text/csv; charset=utf-8", PADARIA);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String importId = accepted.json().getString("import_id");
        eventually()
                .until(
                        () -> manager.get("api/imports/" + importId).json(),
                        r -> r.getString("status").equals("concluido"));
    }

    /** The spreadsheet's campaign approved, until both first touches are in the sandbox. */
    private static List<JsonObject> approveAndSend(Api manager) {
        String campaign = eventually()
                .until(() -> manager.get("api/campanhas").json().getJsonArray("items"), items -> !items.isEmpty())
                .getJsonObject(0)
                .getString("id");
        var approval = manager.post("api/campanhas/" + campaign + "/approve", "");
        assertThat(approval.status()).as(approval.body()).isEqualTo(200);
        return eventually()
                .until(
                        () -> manager.get("api/sandbox/mensagens")
                                .json()
                                .getJsonArray("items")
                                .getValuesAs(JsonObject.class),
                        items -> items.size() == 2);
    }
}
