package ai.alquimista.platform;

import static ai.alquimista.platform.Prospeccao.activate;
import static ai.alquimista.platform.Prospeccao.awaitImport;
import static ai.alquimista.platform.Prospeccao.eventually;
import static ai.alquimista.platform.Prospeccao.firstCampaign;
import static ai.alquimista.platform.Prospeccao.importCsv;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.spine.Api;
import ai.alquimista.spine.EmbeddedInfrastructure;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Nigredo part 1 as a sales team lives it: a spreadsheet in, a draft campaign per segment out, a person approves
 * it, and the first messages reach the sandbox channel inside the send window and within the tenant's limits.
 * Disparo's clock starts on a Wednesday 10:00 in São Paulo (ALQUIMISTA_DISPARO_RELOGIO), whatever day CI runs.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class CampanhasIT {

    private final Tenants tenants = new Tenants();

    @ArquillianResource
    URL base;

    private Api api;
    private String suffix;
    private Prospeccao prospeccao;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @BeforeEach
    void setUp() {
        api = new Api(base);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        prospeccao = new Prospeccao(api, tenants, suffix);
    }

    @Test
    void aSpreadsheetBecomesADraftCampaignWhoseApprovalSendsTheFirstTouchToTheSandbox() {
        UUID tenant = tenants.tenant("Alquimia Vendas Ltda " + suffix);
        Api manager = manager(tenant, "gil");
        activate(manager, "nigredo-recebimento", "nigredo-estrategia", "nigredo-disparo");

        String importId = importCsv(manager, """
                empresa,contato,telefone,email,setor,porte,opt_in_whatsapp
                Padaria Pão Quente,MARIA SILVA,(11) 98765-4321,maria@paoquente.com.br,Alimentação,ME,sim - formulário do site
                Mercado Bom Preço,João,(31) 3222-1234,joao@bompreco.com.br,Alimentação,ME,não
                Café Central,Ana,,ana@cafecentral.com.br,Alimentação,ME,
                Sem Contato Ltda,Rui,,email-invalido,Alimentação,ME,
                Padaria Pão Quente,Maria Silva,11 98765-4321,MARIA@paoquente.com.br,Alimentação,ME,sim
                """);
        JsonObject report = manager.get("api/imports/" + importId).json();
        assertThat(report.getInt("accepted")).isEqualTo(3);
        assertThat(report.getInt("duplicates")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(1);

        JsonObject campanha = firstCampaign(manager);
        assertThat(campanha.getString("status")).isEqualTo("rascunho");
        assertThat(campanha.getString("canal")).isEqualTo("multi");
        assertThat(campanha.getJsonNumber("leads").longValue()).isEqualTo(3);
        String id = campanha.getString("id");
        JsonObject detail = manager.get("api/campanhas/" + id).json();
        assertThat(detail.getJsonObject("mensagens").getJsonObject("topo").keySet())
                .containsExactly("A", "B");
        assertThat(detail.getJsonObject("plano").getJsonObject("canais").getInt("whatsapp"))
                .isEqualTo(1);

        var preview = manager.get("api/campanhas/" + id + "/preview?limit=3")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject padaria = preview.stream()
                .filter(p -> p.getJsonObject("lead").getString("empresa").equals("Padaria Pão Quente"))
                .findFirst()
                .orElseThrow();
        assertThat(padaria.getString("canal")).as("opt-in given: WhatsApp").isEqualTo("whatsapp");
        assertThat(padaria.getJsonArray("etapas").getJsonObject(0).getString("corpo"))
                .contains("Maria")
                .contains("Padaria Pão Quente")
                .contains("Alquimia Vendas Ltda")
                .doesNotContain("{{");
        assertThat(preview)
                .filteredOn(p -> p.getJsonObject("lead").getString("empresa").equals("Mercado Bom Preço"))
                .singleElement()
                .satisfies(p ->
                        assertThat(p.getString("canal")).as("no opt-in: e-mail").isEqualTo("email"));

        var approved = manager.post("api/campanhas/" + id + "/approve", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("aprovada");

        List<JsonObject> sandbox = eventually()
                .until(
                        () -> manager.get("api/sandbox/mensagens")
                                .json()
                                .getJsonArray("items")
                                .getValuesAs(JsonObject.class),
                        items -> items.size() == 3);
        JsonObject whatsapp = sandbox.stream()
                .filter(m -> m.getString("canal").equals("whatsapp"))
                .findFirst()
                .orElseThrow();
        assertThat(whatsapp.getString("destinatario")).isEqualTo("+5511987654321");
        assertThat(whatsapp.getString("modelo"))
                .as("a first touch on WhatsApp is an approved template")
                .startsWith("alquimista_topo_");
        JsonObject email = sandbox.stream()
                .filter(m -> m.getString("destinatario").equals("joao@bompreco.com.br"))
                .findFirst()
                .orElseThrow();
        assertThat(email.getString("assunto")).isNotBlank();
        assertThat(email.getString("corpo")).contains("João").contains("/descadastro/");

        assertThat(manager.get("api/campanhas/" + id).json().getString("status"))
                .isEqualTo("ativa");
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.leads WHERE tenant_id = ? AND status = 'contatado'",
                        tenant))
                .isEqualTo(3);
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND etapa <> 'topo'"
                                + " AND status = 'agendado'",
                        tenant))
                .as("meio and fundo wait for their days")
                .isEqualTo(6);
        assertThat(tenants.count(
                        "SELECT count(*) FROM (SELECT sent_at - lag(sent_at) OVER (ORDER BY sent_at) AS gap"
                                + " FROM nigredo_leads.envios WHERE tenant_id = ? AND sent_at IS NOT NULL) g WHERE gap < interval '2 seconds'",
                        tenant))
                .as("at least 2 s between a tenant's messages")
                .isZero();
        assertThat(tenants.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ?"
                                + " AND type = 'nigredo.disparo.sent'",
                        tenant))
                .isEqualTo(3);

        var again = manager.post("api/campanhas/" + id + "/approve", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aLeadWhoRepliesSairIsUnsubscribedAndItsLaterStagesNeverGo() {
        UUID tenant = tenants.tenant("Saída Segura ME " + suffix);
        Api manager = manager(tenant, "lu");
        activate(manager, "nigredo-recebimento", "nigredo-estrategia", "nigredo-disparo");
        importCsv(manager, "empresa,contato,email\nÓtica Visão,Carla,carla." + suffix + "@oticavisao.com.br\n");
        String id = firstCampaign(manager).getString("id");
        manager.post("api/campanhas/" + id + "/approve", "");
        JsonObject message = eventually()
                .until(
                        () -> manager.get("api/sandbox/mensagens").json().getJsonArray("items"),
                        items -> items.size() == 1)
                .getJsonObject(0);

        var nul = manager.post(
                "api/sandbox/mensagens/" + message.getString("id") + "/resposta", "{\"texto\": \"SAIR\\u0000\"}");
        var reply =
                manager.post("api/sandbox/mensagens/" + message.getString("id") + "/resposta", "{\"texto\": \"SAIR\"}");

        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body()).contains("\"field\":\"texto\"");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE tenant_id = ? AND tipo = 'recebido'",
                        tenant))
                .as("the refused reply wrote nothing")
                .isEqualTo(1);
        assertThat(reply.json().getBoolean("descadastro")).isTrue();
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.leads WHERE tenant_id = ? AND status = 'descadastrado'",
                        tenant))
                .isEqualTo(1);
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND status = 'bloqueado'",
                        tenant))
                .as("meio and fundo closed")
                .isEqualTo(2);
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ? AND email = ?",
                        tenant,
                        "carla." + suffix + "@oticavisao.com.br"))
                .isEqualTo(1);
    }

    @Test
    void theHourlyLimitHoldsTheRestBackAndEveryHitIsCounted() {
        UUID tenant = tenants.tenant("Limite Certo Ltda " + suffix);
        Api manager = manager(tenant, "bea");
        activate(manager, "nigredo-recebimento", "nigredo-estrategia");
        assertThat(manager.post("api/agents/nigredo-disparo/activate", "{\"settings\": {\"limite_hora\": 2}}")
                        .status())
                .isEqualTo(200);
        StringBuilder csv = new StringBuilder("empresa,contato,email\n");
        for (int i = 1; i <= 4; i++) {
            csv.append("Loja ")
                    .append(i)
                    .append(",Pessoa ")
                    .append(i)
                    .append(",loja")
                    .append(i)
                    .append('.')
                    .append(suffix)
                    .append("@lojas.com.br\n");
        }
        importCsv(manager, csv.toString());
        String id = firstCampaign(manager).getString("id");
        manager.post("api/campanhas/" + id + "/approve", "");

        eventually()
                .until(() -> tenants.count(
                                "SELECT COALESCE(sum(vezes), 0) FROM"
                                        + " nigredo_leads.disparo_limites_atingidos WHERE tenant_id = ? AND motivo = 'limite_hora'",
                                tenant)
                        > 0);

        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND status = 'enviado'", tenant))
                .isEqualTo(2);
        assertThat(manager.get("api/sandbox/mensagens").json().getJsonArray("items"))
                .hasSize(2);
    }

    @Test
    void leadsPostedOneByOneGatherInOneDraftAndTheActiveCampaignSetToEnrolSendsToTheNextOne() {
        UUID tenant = tenants.tenant("Segmento Certo Ltda " + suffix);
        Api manager = manager(tenant, "lia");
        Api intruder = manager(tenants.tenant("Vizinha Curiosa ME " + suffix), "rui");
        activate(manager, "nigredo-recebimento", "nigredo-estrategia", "nigredo-disparo");
        for (String padaria : List.of("um", "dois", "tres")) {
            postLead(manager, padaria);
        }

        JsonObject rascunho = eventually()
                .until(
                        () -> manager.get("api/campanhas").json().getJsonArray("items"),
                        items -> !items.isEmpty() && items.getJsonObject(0).getInt("leads") == 3)
                .getJsonObject(0);
        String id = rascunho.getString("id");
        assertThat(manager.get("api/campanhas").json().getInt("total"))
                .as("three single-lead posts, one draft")
                .isEqualTo(1);
        assertThat(rascunho.getInt("importacoes")).isEqualTo(3);
        assertThat(rascunho.getString("nome")).startsWith("Alimentação · ME — criada em ");
        assertThat(rascunho.getBoolean("inscricao_automatica")).isFalse();
        var naoAprovada = manager.put("api/campanhas/" + id + "/inscricao-automatica", "{\"ativa\": true}");
        assertThat(naoAprovada.status()).as("a draft does not enrol on its own").isEqualTo(409);
        assertThat(naoAprovada.contentType()).startsWith("application/problem+json");

        assertThat(manager.post("api/campanhas/" + id + "/approve", "").status())
                .isEqualTo(200);
        eventually()
                .until(
                        () -> manager.get("api/sandbox/mensagens").json().getJsonArray("items"),
                        items -> items.size() == 3);
        var hostil = manager.put("api/campanhas/" + id + "/inscricao-automatica", "{\"ativa\": \"sim\"}");
        var intrusa = intruder.put("api/campanhas/" + id + "/inscricao-automatica", "{\"ativa\": true}");
        var ligada = manager.put("api/campanhas/" + id + "/inscricao-automatica", "{\"ativa\": true}");

        assertThat(hostil.status()).isEqualTo(400);
        assertThat(hostil.contentType()).startsWith("application/problem+json");
        assertThat(hostil.body()).contains("\"field\":\"ativa\"");
        assertThat(intrusa.status()).isEqualTo(404);
        assertThat(ligada.status()).isEqualTo(200);
        assertThat(ligada.json().getBoolean("inscricao_automatica")).isTrue();

        postLead(manager, "quatro");

        List<JsonObject> sandbox = eventually()
                .until(
                        () -> manager.get("api/sandbox/mensagens").json().getJsonArray("items"),
                        items -> items.size() == 4)
                .getValuesAs(JsonObject.class);
        assertThat(sandbox)
                .as("the enrolled lead's first touch, scheduled by Disparo as the campaign's others were")
                .anySatisfy(m -> assertThat(m.getString("destinatario")).startsWith("quatro." + suffix));
        JsonObject campanha = manager.get("api/campanhas/" + id).json();
        assertThat(campanha.getInt("leads")).isEqualTo(4);
        assertThat(campanha.getInt("importacoes")).isEqualTo(4);
        assertThat(manager.get("api/campanhas").json().getInt("total"))
                .as("no new draft")
                .isEqualTo(1);
    }

    @Test
    void anotherTenantNeitherSeesNorApprovesTheCampaign() {
        UUID tenant = tenants.tenant("Dona Do Dado Ltda " + suffix);
        Api manager = manager(tenant, "ivo");
        Api intruder = manager(tenants.tenant("Outra Empresa ME " + suffix), "eva");
        activate(manager, "nigredo-recebimento", "nigredo-estrategia", "nigredo-disparo");
        activate(intruder, "nigredo-disparo");
        importCsv(manager, "empresa,contato,email\nFarmácia Saúde,Rita,rita." + suffix + "@farmaciasaude.com.br\n");
        String id = firstCampaign(manager).getString("id");

        assertThat(intruder.get("api/campanhas/" + id).status()).isEqualTo(404);
        assertThat(intruder.get("api/campanhas/" + id + "/preview").status()).isEqualTo(404);
        assertThat(intruder.post("api/campanhas/" + id + "/approve", "").status())
                .isEqualTo(404);
        assertThat(intruder.get("api/campanhas").json().getJsonArray("items")).isEmpty();
        assertThat(manager.get("api/campanhas/" + id).json().getString("status"))
                .isEqualTo("rascunho");
    }

    @Test
    void approvingWithoutDisparoOrWithBrokenTemplatesIsRefusedAndChangesNothing() {
        UUID tenant = tenants.tenant("Cautela Comércio Ltda " + suffix);
        Api manager = manager(tenant, "teo");
        activate(manager, "nigredo-recebimento", "nigredo-estrategia");
        importCsv(manager, "empresa,contato,email\nPet Shop Amigo,Leo,leo." + suffix + "@petamigo.com.br\n");
        String id = firstCampaign(manager).getString("id");
        JsonObject mensagens = manager.get("api/campanhas/" + id).json().getJsonObject("mensagens");
        String broken = mensagens.toString().replaceFirst("\\{\\{primeiro_nome}}", "{{#primeiro_nome}}");

        var withoutDisparo = manager.post("api/campanhas/" + id + "/approve", "");
        var brokenTemplate = manager.put("api/campanhas/" + id + "/mensagens", broken);
        var nulTemplate = manager.put(
                "api/campanhas/" + id + "/mensagens",
                withTopoACorpo(mensagens, "Oi\u0000").toString());
        var badLimit = manager.get("api/campanhas/" + id + "/preview?limit=0");
        var badSettings =
                manager.post("api/agents/nigredo-disparo/activate", "{\"settings\": {\"tier_whatsapp\": 1000}}");

        assertThat(withoutDisparo.status()).isEqualTo(409);
        assertThat(withoutDisparo.json().getString("detail")).contains("Disparo");
        assertThat(brokenTemplate.status()).isEqualTo(400);
        assertThat(brokenTemplate.body())
                .containsPattern("mensagens\\.(topo|meio|fundo)\\.[AB]\\.corpo")
                .contains("section not closed");
        assertThat(nulTemplate.status()).isEqualTo(400);
        assertThat(nulTemplate.contentType()).startsWith("application/problem+json");
        assertThat(nulTemplate.body()).contains("\"field\":\"mensagens.topo.A.corpo\"");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badSettings.status()).isEqualTo(400);
        assertThat(badSettings.body()).contains("tier_whatsapp");
        assertThat(manager.get("api/campanhas/" + id).json().getString("status"))
                .isEqualTo("rascunho");
        assertThat(manager.get("api/campanhas/" + id).json().getJsonObject("mensagens"))
                .isEqualTo(mensagens);
    }

    @Test
    void aTemplateThatWouldReadTheSigningKeyIsRefusedAndOneAlreadyStoredRendersNothing() throws Exception {
        UUID tenant = tenants.tenant("Curioso Demais Ltda " + suffix);
        Api manager = manager(tenant, "max");
        activate(manager, "nigredo-recebimento", "nigredo-estrategia");
        importCsv(manager, "empresa,contato,email\nLoja Olho Vivo,Tom,tom." + suffix + "@olhovivo.com.br\n");
        String id = firstCampaign(manager).getString("id");
        JsonObject mensagens = manager.get("api/campanhas/" + id).json().getJsonObject("mensagens");
        Path key = Path.of(System.getProperty("it.home"), "keys", "token-signing.key");
        String secret = Files.readString(key).substring(0, 40);

        var relative = manager.put(
                "api/campanhas/" + id + "/mensagens",
                withTopoACorpo(mensagens, "{{> .alquimista/keys/token-signing.key}}")
                        .toString());
        var absolute = manager.put(
                "api/campanhas/" + id + "/mensagens",
                withTopoACorpo(mensagens, "Oi {{>" + key + "}}").toString());
        var fileUrl = manager.put(
                "api/campanhas/" + id + "/mensagens",
                withTopoACorpo(mensagens, "{{> file:/etc/hostname}}").toString());

        for (var refused : List.of(relative, absolute, fileUrl)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body())
                    .contains("mensagens.topo.A.corpo")
                    .contains("partials are not allowed")
                    .doesNotContain(secret);
        }
        assertThat(absolute.body()).contains("{{>" + key + "}}");
        assertThat(manager.get("api/campanhas/" + id).json().getJsonObject("mensagens"))
                .isEqualTo(mensagens);

        tenants.execute(
                "UPDATE nigredo_leads.campanhas SET mensagens = ?::jsonb WHERE id = ?",
                withTopoCorpo(withTopoCorpo(mensagens, "A", "{{>" + key + "}}"), "B", "{{>" + key + "}}")
                        .toString(),
                UUID.fromString(id));
        var preview = manager.get("api/campanhas/" + id + "/preview");

        assertThat(preview.status())
                .as("a template stored before the sandbox is refused when rendered")
                .isEqualTo(409);
        assertThat(preview.body())
                .containsPattern("mensagens\\.topo\\.[AB]\\.corpo")
                .doesNotContain(secret);
    }

    private static JsonObject withTopoACorpo(JsonObject mensagens, String corpo) {
        return withTopoCorpo(mensagens, "A", corpo);
    }

    private static JsonObject withTopoCorpo(JsonObject mensagens, String variante, String corpo) {
        JsonObject topo = mensagens.getJsonObject("topo");
        JsonObject changed = Json.createObjectBuilder(topo.getJsonObject(variante))
                .add("corpo", corpo)
                .build();
        return Json.createObjectBuilder(mensagens)
                .add("topo", Json.createObjectBuilder(topo).add(variante, changed))
                .build();
    }

    /** One lead, as seed 001's load test sends them: {@code POST /api/leads}, an import of its own. */
    private void postLead(Api manager, String nome) {
        var accepted = manager.post(
                "api/leads",
                Json.createObjectBuilder()
                        .add(
                                "leads",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("empresa", "Padaria " + nome)
                                                .add("contato", "Contato " + nome)
                                                .add("email", nome + "." + suffix + "@padaria" + nome + ".com.br")
                                                .add("setor", "Alimentação")
                                                .add("porte", "ME")))
                        .build()
                        .toString());
        assertThat(accepted.status()).as("lead: " + accepted.body()).isEqualTo(202);
        awaitImport(manager, accepted.json().getString("import_id"));
    }

    private Api manager(UUID tenant, String name) {
        return prospeccao.manager(tenant, name);
    }
}
