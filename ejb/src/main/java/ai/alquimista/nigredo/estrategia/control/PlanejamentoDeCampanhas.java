package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.estrategia.EscolhaDeCanal;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoQuery.LeadDoSegmento;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoQuery.LeadNaCampanha;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoQuery.Segmento;
import ai.alquimista.nigredo.estrategia.entity.Campanha;
import ai.alquimista.nigredo.estrategia.entity.CampanhaCanal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans one draft campaign (rascunho) per segment of a received import: the default messages for each stage
 * in two variants, every lead's variant and channel, and the pacing plan. Planning an import twice changes
 * nothing (unique campaign per tenant, import and segment; unique lead per campaign).
 */
@Dependent
public class PlanejamentoDeCampanhas {

    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Inject
    PlanejamentoQuery query;

    @Inject
    CampanhasRepository campanhas;

    /** The ids of the import's campaigns, new or already planned. */
    public List<UUID> planejar(UUID importId, UUID tenantId, Instant agora) {
        List<UUID> planejadas = new ArrayList<>();
        for (Segmento segmento : query.segmentos(importId, tenantId)) {
            query.criarRascunho(tenantId, importId, segmento.chave(), nome(segmento, agora));
            Campanha campanha = campanhas.doSegmento(tenantId, importId, segmento.chave());
            Map<CanalDeEnvio, Integer> porCanal =
                    adicionarLeads(campanha, query.leads(importId, tenantId, segmento.chave()));
            campanha.planejar(canal(porCanal), plano(porCanal, segmento.leads()), agora);
            planejadas.add(campanha.getId());
        }
        return planejadas;
    }

    /** "Alimentação · ME — importação de 30/11/2026" */
    static String nome(Segmento segmento, Instant agora) {
        String titulo = segmento.setor() == null ? "Sem setor" : segmento.setor();
        return titulo + " · " + (segmento.porte() == null ? "todos os portes" : segmento.porte()) + " — importação de "
                + DIA.format(agora.atZone(SAO_PAULO));
    }

    /** Each lead with its stable variant and its channel; leads with no usable channel are left out. */
    private Map<CanalDeEnvio, Integer> adicionarLeads(Campanha campanha, List<LeadDoSegmento> leads) {
        Map<CanalDeEnvio, Integer> porCanal = new EnumMap<>(CanalDeEnvio.class);
        List<LeadNaCampanha> adicionados = new ArrayList<>();
        for (LeadDoSegmento lead : leads) {
            Optional<CanalDeEnvio> canal =
                    EscolhaDeCanal.para(lead.temTelefone(), lead.temEmail(), lead.optInWhatsapp());
            canal.ifPresent(c -> {
                porCanal.merge(c, 1, Integer::sum);
                adicionados.add(
                        new LeadNaCampanha(lead.id(), Variante.de(lead.id()).name(), c.name()));
            });
        }
        query.adicionar(campanha.getId(), campanha.getTenantId(), adicionados);
        return porCanal;
    }

    private static CampanhaCanal canal(Map<CanalDeEnvio, Integer> porCanal) {
        if (porCanal.size() > 1) {
            return CampanhaCanal.multi;
        }
        return porCanal.keySet().stream()
                .findFirst()
                .map(canal -> CampanhaCanal.valueOf(canal.name()))
                .orElse(CampanhaCanal.email);
    }

    /** The pacing plan the campaign's page shows: stages and their days, the send window, leads per channel. */
    private static JsonObject plano(Map<CanalDeEnvio, Integer> porCanal, int leads) {
        int comCanal = porCanal.values().stream().mapToInt(Integer::intValue).sum();
        JsonArrayBuilder etapas = Json.createArrayBuilder();
        for (Etapa etapa : Etapa.values()) {
            etapas.add(Json.createObjectBuilder()
                    .add("etapa", etapa.name())
                    .add("dias_apos_inicio", etapa.diasAposInicio()));
        }
        JsonObjectBuilder canais = Json.createObjectBuilder();
        porCanal.forEach((canal, n) -> canais.add(canal.name(), n));
        return Json.createObjectBuilder()
                .add("etapas", etapas)
                .add("janela", "08:00–18:00, segunda a sexta, no fuso do lead, exceto feriados nacionais")
                .add("jitter_minutos", 5)
                .add("leads", comCanal)
                .add("leads_sem_canal", leads - comCanal)
                .add("canais", canais)
                .build();
    }
}
