package ai.alquimista.platform;

import static ai.alquimista.platform.Prospeccao.activate;
import static ai.alquimista.platform.Prospeccao.activateWith;
import static ai.alquimista.platform.Prospeccao.approveAndSend;
import static ai.alquimista.platform.Prospeccao.eventually;
import static ai.alquimista.platform.Prospeccao.importCsv;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.spine.Api;
import ai.alquimista.spine.EmbeddedInfrastructure;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nigredo part 2 as a sales team lives it (seed 001's integration scenario up to the schedule request): a lead
 * answers the first touch, Sentimento reads it, Atendimento answers once and decides the next step, the company's
 * other people wait, and a person decides what Atendimento must not send by itself.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class ConversasIT {

    private static final String PADARIA = """
            empresa,contato,telefone,email,setor,porte,opt_in_whatsapp
            Padaria Pão Quente,MARIA SILVA,(11) 98765-4321,maria@paoquente.com.br,Alimentação,ME,sim - formulário do site
            Padaria Pão Quente,Pedro Souza,,pedro@paoquente.com.br,Alimentação,ME,
            """;

    private final Tenants tenants = new Tenants();

    @ArquillianResource
    URL base;

    private Prospeccao prospeccao;
    private String suffix;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @BeforeEach
    void setUp() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        prospeccao = new Prospeccao(new Api(base), tenants, suffix);
    }

    private Api equipe(UUID tenant, String atendimento) {
        Api manager = prospeccao.manager(tenant, "gil");
        activate(manager, "nigredo-recebimento", "nigredo-estrategia", "nigredo-disparo", "nigredo-sentimento");
        activateWith(manager, "nigredo-atendimento", "{\"settings\": " + atendimento + "}");
        importCsv(manager, PADARIA);
        return manager;
    }

    private static JsonObject mensagemDeWhatsapp(List<JsonObject> sandbox) {
        return sandbox.stream()
                .filter(m -> m.getString("canal").equals("whatsapp"))
                .findFirst()
                .orElseThrow();
    }

    /** Disparo's clock in these tests is days behind the reply's, so messages are found by kind, not position. */
    private static JsonObject recebida(JsonObject conversa) {
        return conversa.getJsonArray("mensagens").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("tipo").equals("recebido"))
                .findFirst()
                .orElseThrow();
    }

    private static List<JsonObject> enviadas(JsonObject conversa) {
        return conversa.getJsonArray("mensagens").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("tipo").equals("enviado"))
                .toList();
    }

    /** Polls until the conversation has that many messages and Atendimento has read the lead's reply. */
    private static JsonObject conversaAte(Api manager, String leadId, int mensagens) {
        return eventually()
                .until(
                        () -> manager.get("api/conversas/" + leadId).json(),
                        c -> c.getJsonArray("mensagens").size() >= mensagens
                                && c.getJsonArray("mensagens").getValuesAs(JsonObject.class).stream()
                                        .anyMatch(m -> m.getString("tipo").equals("recebido")
                                                && m.get("proximo_passo") instanceof jakarta.json.JsonString));
    }

    /** The executive KPIs: the first scrape finds the tenant, from the next one on it has its gauges. */
    private void executivoMostraUmQualificado(UUID tenant) {
        Api metrics = new Api(base);
        assertThat(metrics.get("metrics").body()).containsPattern("kpi_tenants_ativos\\{?[^\\n]*\\} [0-9]");
        assertThat(metrics.get("metrics").body())
                .containsPattern("kpi_leads_qualificados_24h\\{[^}]*tenant_id=\"" + tenant + "\"[^}]*\\} 1(\\.0)?\\s")
                .containsPattern("kpi_taxa_conversao_percent\\{[^}]*tenant_id=\"" + tenant + "\"")
                .containsPattern("kpi_sla_percent\\{[^}]*tenant_id=\"" + tenant + "\"");
    }

    /**
     * The reply's request named its trace: the reply went to Atendimento, whose meeting request went on to Agendamento
     * (not activated here, so its hop says it was skipped), all on that one trace, each hop timed.
     */
    private void seguirORastro(Api manager, String trace) {
        JsonObject rastro = eventually()
                .until(
                        () -> manager.get("api/traces/" + trace).json(),
                        t -> t.getJsonArray("agents").toString().contains("\"agendamento\""));
        assertThat(rastro.getJsonArray("agents").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsSubsequence("atendimento", "agendamento");
        List<JsonObject> eventos = rastro.getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(eventos)
                .extracting(e -> e.getString("type"))
                .containsSubsequence("lead.respondeu", "nigredo.atendimento.schedule_requested");
        // each event keeps its own correlation id (the fact it is about); the caller's is for events that have none
        assertThat(eventos)
                .allSatisfy(e -> assertThat(e.getString("correlation_id")).isNotBlank());
        assertThat(eventos.stream().flatMap(e -> e.getJsonArray("hops").getValuesAs(JsonObject.class).stream()))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(hop -> {
                    assertThat(hop.getJsonNumber("queued_ms").longValue()).isNotNegative();
                    assertThat(hop.containsKey("duration_ms")).as("hop " + hop).isTrue();
                });
        Api outsider = prospeccao.manager(tenants.tenant("Oficina do Otto " + suffix), "otto");
        assertThat(outsider.get("api/traces/" + trace).status())
                .as("another tenant's user learns nothing of this trace")
                .isEqualTo(404);
    }

    @Test
    void aLeadWhoWantsAMeetingIsAnsweredOnceBecomesInterestedAndTheCompanysOtherPeopleWait() {
        UUID tenant = tenants.tenant("Alquimia Vendas Ltda " + suffix);
        Api manager = equipe(tenant, "{}");
        JsonObject maria = mensagemDeWhatsapp(approveAndSend(manager, 2));
        String leadId = maria.getString("lead_id");

        String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01";
        var resposta = manager.with("traceparent", traceparent)
                .with("X-Correlation-Id", "conversa-" + suffix)
                .post(
                        "api/sandbox/mensagens/" + maria.getString("id") + "/resposta",
                        "{\"texto\": \"Tenho interesse, vamos agendar\"}");
        assertThat(resposta.status()).isEqualTo(201);
        assertThat(resposta.header("traceparent")).startsWith(traceparent.substring(0, 36));

        JsonObject conversa = conversaAte(manager, leadId, 3);
        seguirORastro(manager, traceparent.substring(3, 35));
        assertThat(manager.get("api/leads/" + leadId + "/rastro")
                        .json()
                        .getJsonArray("events")
                        .getValuesAs(JsonObject.class))
                .as("the lead's whole path, across traces")
                .extracting(e -> e.getString("type"))
                .contains(
                        "leads.imported",
                        "nigredo.disparo.sent",
                        "lead.respondeu",
                        "nigredo.atendimento.schedule_requested");
        JsonObject recebida = recebida(conversa);
        assertThat(recebida.getString("sentimento")).isEqualTo("positivo");
        assertThat(recebida.getString("intencao")).isEqualTo("interesse");
        assertThat(recebida.getString("proximo_passo")).isEqualTo("forward_to_scheduler");
        assertThat(enviadas(conversa)).as("the first touch and the answer").hasSize(2);
        assertThat(conversa.getString("status")).isEqualTo("interessado");
        executivoMostraUmQualificado(tenant);
        assertThat(conversa.getJsonNumber("envios_retidos_da_conta").longValue())
                .as("Pedro's meio and fundo wait")
                .isEqualTo(2);
        assertThat(tenants.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ?"
                                + " AND type = 'nigredo.atendimento.schedule_requested'",
                        tenant))
                .isEqualTo(1);
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND tipo = 'resposta'", tenant))
                .as("answered once")
                .isEqualTo(1);

        var retomada = manager.post("api/conversas/" + leadId + "/conta/retomar", "");
        assertThat(retomada.status()).isEqualTo(200);
        assertThat(retomada.json().getJsonNumber("envios_liberados").longValue())
                .isEqualTo(2);
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND status = 'retido'", tenant))
                .isZero();
    }

    @Test
    void pareUnsubscribesTheLeadAndConfirmsItOnce() {
        UUID tenant = tenants.tenant("Saída Segura ME " + suffix);
        Api manager = equipe(tenant, "{}");
        JsonObject maria = mensagemDeWhatsapp(approveAndSend(manager, 2));

        manager.post("api/sandbox/mensagens/" + maria.getString("id") + "/resposta", "{\"texto\": \"PARE\"}");

        JsonObject conversa = conversaAte(manager, maria.getString("lead_id"), 3);
        assertThat(recebida(conversa).getString("proximo_passo")).isEqualTo("opt_out");
        assertThat(enviadas(conversa))
                .anySatisfy(m -> assertThat(m.getString("texto")).contains("LGPD"));
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.leads WHERE tenant_id = ? AND status = 'descadastrado'",
                        tenant))
                .isEqualTo(1);
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ? AND telefone = '+5511987654321'",
                        tenant))
                .isEqualTo(1);
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND tipo <> 'campanha'", tenant))
                .as("the confirmation, and no answer")
                .isEqualTo(1);
    }

    @Test
    void inApprovalModeAPersonSendsTheReplyAndTheBrandPolicyHoldsForThemToo() {
        UUID tenant = tenants.tenant("Aprovação Prévia Ltda " + suffix);
        Api manager = equipe(tenant, "{\"modo_aprovacao\": true}");
        JsonObject maria = mensagemDeWhatsapp(approveAndSend(manager, 2));

        var resposta = manager.post(
                "api/sandbox/mensagens/" + maria.getString("id") + "/resposta",
                "{\"texto\": \"Quanto custa? Vocês atendem padarias?\"}");
        assertThat(resposta.status()).as(resposta.body()).isEqualTo(201);
        assertThat(recebida(conversaAte(manager, maria.getString("lead_id"), 2)).getString("proximo_passo"))
                .isEqualTo("nurture");
        JsonObject item = eventually()
                .until(() -> manager.get("api/conversas/revisao").json().getJsonArray("items"), i -> !i.isEmpty())
                .getJsonObject(0);
        assertThat(item.getString("rascunho")).isNotBlank();
        assertThat(item.getString("motivo")).contains("modo de aprovação");
        String aprovar = "api/conversas/revisao/" + item.getString("id") + "/aprovar";

        var robo = manager.post(aprovar, "{\"texto\": \"Oi Maria, sou um robô e posso ajudar!\"}");
        var outro = prospeccao
                .manager(tenants.tenant("Outra Empresa SA " + suffix), "eva")
                .post(aprovar, "");
        var aprovada = manager.post(aprovar, "{\"texto\": \"Oi Maria! O plano de padarias custa R$ 99 por mês.\"}");
        var denovo = manager.post(aprovar, "");

        assertThat(robo.status()).isEqualTo(400);
        assertThat(robo.contentType()).startsWith("application/problem+json");
        assertThat(robo.body()).contains("\"field\":\"texto\"").contains("robô");
        assertThat(outro.status()).as("another tenant's reply does not exist").isEqualTo(404);
        assertThat(aprovada.status()).isEqualTo(200);
        assertThat(aprovada.json().getString("status")).isEqualTo("enviada");
        assertThat(denovo.status()).isEqualTo(409);
        assertThat(enviadas(conversaAte(manager, maria.getString("lead_id"), 3)))
                .anySatisfy(
                        m -> assertThat(m.getString("texto")).startsWith("Oi Maria! O plano de padarias custa R$ 99"));
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND tipo = 'resposta'", tenant))
                .isEqualTo(1);
    }
}
