package ai.alquimista.nigredo.estrategia;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.Map;

/**
 * A campaign's messages: for each funnel stage, two A/B variants. Stored as the campaign's {@code mensagens}
 * ({@code {"topo": {"A": {...}, "B": {...}}, "meio": ..., "fundo": ...}}).
 */
public final class Roteiro {

    private final Map<Etapa, Map<Variante, ModeloDeMensagem>> modelos;

    private Roteiro(Map<Etapa, Map<Variante, ModeloDeMensagem>> modelos) {
        for (Etapa etapa : Etapa.values()) {
            for (Variante variante : Variante.values()) {
                if (modelos.getOrDefault(etapa, Map.of()).get(variante) == null) {
                    throw new IllegalArgumentException("mensagens." + etapa + "." + variante + " is missing");
                }
            }
        }
        this.modelos = modelos;
    }

    public ModeloDeMensagem modelo(Etapa etapa, Variante variante) {
        return modelos.get(etapa).get(variante);
    }

    /** The consultative default messages, written for B2B prospecting in Brazil; the team edits them before approving. */
    public static Roteiro padrao() {
        Map<Etapa, Map<Variante, ModeloDeMensagem>> modelos = new EnumMap<>(Etapa.class);
        modelos.put(
                Etapa.topo,
                variantes(
                        new ModeloDeMensagem(
                                "{{empresa}} e a {{remetente}}",
                                "Olá, {{primeiro_nome}}! Tudo bem? Sou da {{remetente}}. Trabalhamos com empresas de {{setor}}"
                                        + " como a {{empresa}} para conquistar mais clientes sem aumentar a equipe comercial."
                                        + " Posso te mostrar em 15 minutos como funciona?",
                                "alquimista_topo_a"),
                        new ModeloDeMensagem(
                                "Uma pergunta rápida, {{primeiro_nome}}",
                                "Oi, {{primeiro_nome}}, aqui é da {{remetente}}. Vi que a {{empresa}} atua em {{setor}} e"
                                        + " queria entender: hoje vocês buscam novos clientes de forma ativa? Temos ajudado"
                                        + " empresas parecidas a organizar isso. Faz sentido conversarmos?",
                                "alquimista_topo_b")));
        modelos.put(
                Etapa.meio,
                variantes(
                        new ModeloDeMensagem(
                                "Como empresas de {{setor}} aceleram a prospecção",
                                "{{primeiro_nome}}, passando para compartilhar um resultado: empresas de {{setor}} que"
                                        + " atendemos reduziram pela metade o tempo até o primeiro contato com o cliente."
                                        + " Quer que eu envie um resumo de como a {{empresa}} poderia fazer o mesmo?",
                                "alquimista_meio_a"),
                        new ModeloDeMensagem(
                                "Um exemplo prático para a {{empresa}}",
                                "Olá, {{primeiro_nome}}. Sei que a rotina é corrida, então serei breve: a {{remetente}}"
                                        + " automatiza a prospecção respeitando a LGPD e o horário comercial. Posso te mandar"
                                        + " um exemplo prático para a {{empresa}}?",
                                "alquimista_meio_b")));
        modelos.put(
                Etapa.fundo,
                variantes(
                        new ModeloDeMensagem(
                                "15 minutos esta semana?",
                                "{{primeiro_nome}}, última mensagem por aqui para não incomodar: se fizer sentido, me diga um"
                                        + " horário de 15 minutos esta semana e eu mostro tudo. Se não for o momento, é só"
                                        + " responder \"não\" que eu encerro o contato.",
                                "alquimista_fundo_a"),
                        new ModeloDeMensagem(
                                "Encerrando por aqui",
                                "Oi, {{primeiro_nome}}. Vou encerrar meu contato por agora. Se quiser retomar a conversa sobre"
                                        + " a prospecção da {{empresa}}, é só responder esta mensagem. Obrigado pela atenção!",
                                "alquimista_fundo_b")));
        return new Roteiro(modelos);
    }

    private static Map<Variante, ModeloDeMensagem> variantes(ModeloDeMensagem a, ModeloDeMensagem b) {
        Map<Variante, ModeloDeMensagem> variantes = new EnumMap<>(Variante.class);
        variantes.put(Variante.A, a);
        variantes.put(Variante.B, b);
        return variantes;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        modelos.forEach((etapa, variantes) -> {
            JsonObjectBuilder stage = Json.createObjectBuilder();
            variantes.forEach((variante, modelo) -> stage.add(variante.name(), modelo.toJson()));
            json.add(etapa.name(), stage);
        });
        return json.build();
    }

    /** @throws IllegalArgumentException naming the missing or malformed stage and variant */
    public static Roteiro fromJson(JsonObject json) {
        Map<Etapa, Map<Variante, ModeloDeMensagem>> modelos = new EnumMap<>(Etapa.class);
        for (Etapa etapa : Etapa.values()) {
            Map<Variante, ModeloDeMensagem> variantes = new EnumMap<>(Variante.class);
            for (Variante variante : Variante.values()) {
                String path = "mensagens." + etapa + "." + variante;
                try {
                    JsonObject modelo = json.getJsonObject(etapa.name()).getJsonObject(variante.name());
                    variantes.put(variante, ModeloDeMensagem.fromJson(modelo));
                } catch (NullPointerException | ClassCastException e) {
                    throw new IllegalArgumentException(path + " needs assunto, corpo and modelo_whatsapp as text");
                }
            }
            modelos.put(etapa, variantes);
        }
        return new Roteiro(modelos);
    }
}
