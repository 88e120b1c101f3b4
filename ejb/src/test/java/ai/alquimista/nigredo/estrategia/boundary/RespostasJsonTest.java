package ai.alquimista.nigredo.estrategia.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers of {@code /api/campanhas} as JSON-B writes them with its defaults (as Payara's JAX-RS does): the
 * names, nesting, numbers, instants and absent fields the UI and the API's clients have always read.
 */
class RespostasJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final Instant CRIADA = Instant.parse("2026-11-30T13:00:00.123456Z");

    @Test
    void aDraftHasNoApprovalFieldsAtAllAndItsSendsPerStatusAreNumbers() {
        CampanhaResumo rascunho = new CampanhaResumo(
                "c1",
                "Alimentação · ME — criada em 30/11/2026",
                "",
                "multi",
                "rascunho",
                3,
                2,
                false,
                Json.createObjectBuilder().add("leads", 3).build(),
                new EnviosPorStatus(0, 2, 0, 1, 0, 0, 0),
                CRIADA,
                null,
                null,
                "i1");

        assertThat(json(rascunho)).isEqualTo(parse("""
                        {"id": "c1", "nome": "Alimentação · ME — criada em 30/11/2026", "segmento": "",
                         "canal": "multi", "status": "rascunho", "leads": 3, "importacoes": 2,
                         "inscricao_automatica": false, "plano": {"leads": 3},
                         "envios": {"agendado": 0, "enviado": 2, "bloqueado": 0, "falhou": 1, "cancelado": 0,
                                    "enviando": 0, "incerto": 0},
                         "created_at": "2026-11-30T13:00:00.123456Z", "ultima_importacao": "i1"}
                        """));
    }

    @Test
    void aCampanhaKeepsTheFieldsInTheOrderTheApiAlwaysAnsweredThem() {
        Map<String, ResultadoDaVariante> variantes = new LinkedHashMap<>();
        variantes.put("A", new ResultadoDaVariante(2, 1));
        variantes.put("B", new ResultadoDaVariante(1, 0));
        CampanhaDetalhe aprovada = new CampanhaDetalhe(
                "c1",
                "Padarias",
                "alimentacao|me",
                "email",
                "aprovada",
                3,
                1,
                true,
                Json.createObjectBuilder().build(),
                EnviosPorStatus.NENHUM,
                CRIADA,
                Instant.parse("2026-12-01T09:30:00Z"),
                "gil@alquimia.com.br",
                null,
                Json.createObjectBuilder()
                        .add("topo", Json.createObjectBuilder())
                        .build(),
                variantes);

        JsonObject json = json(aprovada);

        assertThat(json.keySet())
                .containsExactly(
                        "id",
                        "nome",
                        "segmento",
                        "canal",
                        "status",
                        "leads",
                        "importacoes",
                        "inscricao_automatica",
                        "plano",
                        "envios",
                        "created_at",
                        "approved_at",
                        "approved_by",
                        "mensagens",
                        "variantes");
        assertThat(json.getString("approved_at")).isEqualTo("2026-12-01T09:30:00Z");
        assertThat(json.getJsonObject("variantes"))
                .isEqualTo(parse(
                        "{\"A\": {\"leads\": 2, \"responderam\": 1}, \"B\": {\"leads\": 1, \"responderam\": 0}}"));
        assertThat(json.getJsonObject("mensagens")).isEqualTo(parse("{\"topo\": {}}"));
    }

    @Test
    void aPreviewAndASendUseTheApisSnakeCaseNames() {
        PreviaDaCampanha previa = new PreviaDaCampanha(
                "c1",
                List.of(new PreviaDoLead(
                        new LeadDaPrevia("l1", "Padaria Pão Quente", ""),
                        "whatsapp",
                        "+5511987654321",
                        "A",
                        List.of(new EtapaDaPrevia("topo", "Oi", "Olá, Maria!", "alquimista_topo_a")))));
        EnvioDaCampanha agendado = new EnvioDaCampanha(
                "e1",
                "l1",
                "Padaria Pão Quente",
                "meio",
                "B",
                "email",
                "maria@paoquente.com.br",
                "agendado",
                CRIADA,
                null,
                null,
                false);

        assertThat(json(previa)).isEqualTo(parse("""
                        {"campanha_id": "c1", "items": [{"lead": {"id": "l1", "empresa": "Padaria Pão Quente",
                         "contato": ""}, "canal": "whatsapp", "destinatario": "+5511987654321", "variante": "A",
                         "etapas": [{"etapa": "topo", "assunto": "Oi", "corpo": "Olá, Maria!",
                         "modelo_whatsapp": "alquimista_topo_a"}]}]}
                        """));
        assertThat(json(new PaginaDeEnvios(List.of(agendado), 0, 50, 1))).isEqualTo(parse("""
                        {"items": [{"id": "e1", "lead_id": "l1", "empresa": "Padaria Pão Quente", "etapa": "meio",
                         "variante": "B", "canal": "email", "destinatario": "maria@paoquente.com.br",
                         "status": "agendado", "due_at": "2026-11-30T13:00:00.123456Z",
                         "aguardando_reenvio": false}],
                         "page": 0, "size": 50, "total": 1}
                        """));
    }

    private static JsonObject json(Object answer) {
        return parse(JSONB.toJson(answer));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
