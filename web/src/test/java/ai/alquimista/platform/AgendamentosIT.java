package ai.alquimista.platform;

import static ai.alquimista.platform.Prospeccao.activate;
import static ai.alquimista.platform.Prospeccao.activateWith;
import static ai.alquimista.platform.Prospeccao.approveAndSend;
import static ai.alquimista.platform.Prospeccao.awaitImport;
import static ai.alquimista.platform.Prospeccao.eventually;
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
 * Seed 001's integration scenario to its end, through the queues: a lead created, enriched, in a campaign, sent; the
 * lead answers "Tenho interesse, vamos agendar", is offered three slots, answers "1", and there is exactly one meeting,
 * confirmed, with its briefing, one calendar event and one confirmation carrying the invite.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class AgendamentosIT {

    /**
     * Seed 001's {@code criarLead({empresa: 'Empresa Teste', email: 'test@example.com'})}, with a CNPJ of the offline
     * sample so that it is enriched.
     */
    private static final String LEAD = """
            {"leads": [{"empresa": "Padaria Pão Quente", "contato": "MARIA SILVA", "cnpj": "11.222.333/0001-81",
                        "email": "maria@paoquente.com.br", "setor": "Alimentação", "porte": "ME"}]}
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

    private static List<JsonObject> sandbox(Api manager) {
        return manager.get("api/sandbox/mensagens").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject mensagemQueContem(Api manager, String texto) {
        return eventually()
                .until(
                        () -> sandbox(manager).stream()
                                .filter(m -> m.getString("corpo").contains(texto))
                                .toList(),
                        found -> !found.isEmpty())
                .get(0);
    }

    @Test
    void aLeadWhoWantsAMeetingChoosesASlotAndGetsOneConfirmedMeetingWithItsBriefingAndInvite() {
        UUID tenant = tenants.tenant("Alquimia Vendas Ltda " + suffix);
        Api manager = prospeccao.manager(tenant, "gil");
        activate(
                manager,
                "nigredo-recebimento",
                "nigredo-estrategia",
                "nigredo-disparo",
                "nigredo-sentimento",
                "nigredo-atendimento");
        activateWith(
                manager, "nigredo-agendamento", "{\"settings\": {\"email_comercial\": \"vendas@alquimia.com.br\"}}");
        var criado = manager.post("api/leads", LEAD);
        assertThat(criado.status()).isEqualTo(202);
        awaitImport(manager, criado.json().getString("import_id"));
        assertThat(eventually()
                        .until(
                                () -> manager.get("api/leads").json().getJsonArray("items"),
                                leads -> leads.size() == 1
                                        && leads.getJsonObject(0)
                                                .getString("status")
                                                .equals("enriquecido"))
                        .getJsonObject(0)
                        .getString("empresa"))
                .startsWith("Padaria Pão Quente");
        JsonObject primeiroToque = approveAndSend(manager, 1).get(0);

        assertThat(manager.post(
                                "api/sandbox/mensagens/" + primeiroToque.getString("id") + "/resposta",
                                "{\"texto\": \"Tenho interesse, vamos agendar\"}")
                        .status())
                .isEqualTo(201);

        JsonObject proposta = mensagemQueContem(manager, "Responda com o número da opção");
        assertThat(proposta.getString("corpo")).contains("1) ").contains("2) ").contains("3) ");
        assertThat(tenants.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND tipo = 'resposta'", tenant))
                .as("Agendamento's proposal is the answer: Atendimento sends none of its own")
                .isZero();

        assertThat(manager.post("api/sandbox/mensagens/" + proposta.getString("id") + "/resposta", "{\"texto\": \"1\"}")
                        .status())
                .isEqualTo(201);

        JsonObject confirmacao = mensagemQueContem(manager, "Reunião confirmada");
        assertThat(confirmacao.getJsonArray("anexos").getString(0)).isEqualTo("convite.ics");
        List<JsonObject> agendamentos = eventually()
                .until(
                        () -> manager.get("api/agendamentos?status=confirmado")
                                .json()
                                .getJsonArray("items")
                                .getValuesAs(JsonObject.class),
                        items -> !items.isEmpty());
        assertThat(agendamentos).hasSize(1);
        JsonObject detalhe = manager.get(
                        "api/agendamentos/" + agendamentos.get(0).getString("id"))
                .json();
        assertThat(detalhe.getString("status")).isEqualTo("confirmado");
        assertThat(detalhe.getString("briefing"))
                .contains("Padaria Pão Quente")
                .contains("Tenho interesse, vamos agendar");
        assertThat(detalhe.getJsonObject("lead").getString("status")).isEqualTo("agendado");
        assertThat(sandbox(manager).stream()
                        .filter(m -> m.getString("corpo").contains("Reunião confirmada"))
                        .count())
                .as("one confirmation")
                .isEqualTo(1);
        assertThat(tenants.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ?"
                                + " AND type = 'nigredo.agendamento.confirmed'",
                        tenant))
                .isEqualTo(1);
        assertThat(tenants.count("SELECT count(*) FROM nigredo_leads.calendario_eventos WHERE tenant_id = ?", tenant))
                .as("one calendar event")
                .isEqualTo(1);

        var outro = manager.get("api/agendamentos/" + UUID.randomUUID());
        assertThat(outro.status()).isEqualTo(404);
        var cedo = manager.post("api/agendamentos/" + detalhe.getString("id") + "/realizado", "");
        assertThat(cedo.status()).as("a meeting still to come is not held yet").isEqualTo(409);
        var cancelada = manager.post("api/agendamentos/" + detalhe.getString("id") + "/cancelado", "");
        assertThat(cancelada.status()).isEqualTo(200);
        assertThat(cancelada.json().getString("status")).isEqualTo("cancelado");
    }
}
