package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.estrategia.EscolhaDeCanal;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoQuery.LeadDoSegmento;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoQuery.LeadNaCampanha;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoQuery.Segmento;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoQuery.Totais;
import ai.alquimista.nigredo.estrategia.entity.Campanha;
import ai.alquimista.nigredo.estrategia.entity.CampanhaCanal;
import ai.alquimista.nigredo.estrategia.events.LeadsInscritos;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Places a received import's leads, segment by segment, in the campaign that gathers their segment: the approved or
 * active campaign a person set to enrol the segment's later leads on its own (Disparo then schedules them, told by
 * {@link LeadsInscritos}), else the segment's one open draft (rascunho), opened with the default messages when there
 * is none. Each lead gets its stable variant and its channel; the campaign's channel and pacing plan are worked out
 * again over all its leads, whatever import brought them. Planning an import twice changes nothing (the import is
 * recorded once per campaign; a lead already in a campaign that is not over joins no other).
 */
@Dependent
public class PlanejamentoDeCampanhas {

    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Inject
    PlanejamentoQuery query;

    @Inject
    CampanhasRepository campanhas;

    @Inject
    EventIntake events;

    /**
     * The campaigns the import's leads are in, one per segment, the largest segment first: drafts, or campaigns that
     * enrolled them. Segments are planned in the order of their keys, so two imports planned at once lock their
     * segments' campaigns in the same order and never wait for each other in a circle.
     */
    public List<UUID> planejar(UUID importId, UUID tenantId, Instant agora) {
        List<Segmento> segmentos = query.segmentos(importId, tenantId);
        Map<String, UUID> porSegmento = new HashMap<>();
        segmentos.stream()
                .sorted(Comparator.comparing(Segmento::chave))
                .forEach(segmento -> planejar(importId, tenantId, segmento, agora)
                        .ifPresent(campanha -> porSegmento.put(segmento.chave(), campanha)));
        query.marcarPlanejada(importId, tenantId, agora);
        return segmentos.stream()
                .map(segmento -> porSegmento.get(segmento.chave()))
                .filter(Objects::nonNull)
                .toList();
    }

    private Optional<UUID> planejar(UUID importId, UUID tenantId, Segmento segmento, Instant agora) {
        List<LeadDoSegmento> livres = query.leads(importId, tenantId, segmento.chave()).stream()
                .filter(lead -> !lead.emCampanha())
                .toList();
        if (livres.isEmpty()) {
            return query.campanhaDaImportacao(tenantId, importId, segmento.chave());
        }
        Optional<Campanha> queInscreve = campanhas.queInscreve(tenantId, segmento.chave());
        Campanha campanha = queInscreve.orElseGet(() -> rascunhoAberto(tenantId, segmento, agora));
        Optional<UUID> jaPlanejada = query.campanhaDaImportacao(tenantId, importId, segmento.chave());
        if (jaPlanejada.isPresent()) {
            return jaPlanejada;
        }
        List<LeadNaCampanha> comCanal = new ArrayList<>();
        for (LeadDoSegmento lead : livres) {
            canal(lead)
                    .ifPresent(canal -> comCanal.add(
                            new LeadNaCampanha(lead.id(), Variante.de(lead.id()).name(), canal.name())));
        }
        int entraram = query.adicionar(campanha.getId(), tenantId, importId, comCanal);
        query.registrarImportacao(campanha.getId(), tenantId, importId, entraram, livres.size() - comCanal.size());
        Totais totais = query.totais(campanha.getId());
        campanha.planejar(canal(totais.porCanal()), plano(totais), agora);
        if (queInscreve.isPresent() && entraram > 0) {
            events.publish(new LeadsInscritos(campanha.getId(), importId, entraram), tenantId);
        }
        return Optional.of(campanha.getId());
    }

    private Campanha rascunhoAberto(UUID tenantId, Segmento segmento, Instant agora) {
        long anteriores = query.campanhasDoSegmento(tenantId, segmento.chave());
        query.abrirRascunho(tenantId, segmento.chave(), nome(segmento, anteriores + 1, agora), agora);
        return campanhas.rascunhoAberto(tenantId, segmento.chave());
    }

    /**
     * "Alimentação · ME — criada em 30/11/2026", and "Alimentação · ME #2 — criada em 05/12/2026" for the segment's
     * second campaign: a draft gathers many imports, so it is named after its segment and the day it opened.
     */
    static String nome(Segmento segmento, long numero, Instant agora) {
        String titulo = segmento.setor() == null ? "Sem setor" : segmento.setor();
        String porte = segmento.porte() == null ? "todos os portes" : segmento.porte();
        return titulo + " · " + porte + (numero > 1 ? " #" + numero : "") + " — criada em "
                + DIA.format(agora.atZone(SAO_PAULO));
    }

    /** Whom a lead may be reached on: nobody who left, and only by a phone or address not on the blocklist. */
    private static Optional<CanalDeEnvio> canal(LeadDoSegmento lead) {
        if (lead.descadastrado()) {
            return Optional.empty();
        }
        return EscolhaDeCanal.para(lead.temTelefone(), lead.temEmail(), lead.optInWhatsapp());
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
    private static JsonObject plano(Totais totais) {
        int comCanal =
                totais.porCanal().values().stream().mapToInt(Integer::intValue).sum();
        JsonArrayBuilder etapas = Json.createArrayBuilder();
        for (Etapa etapa : Etapa.values()) {
            etapas.add(Json.createObjectBuilder()
                    .add("etapa", etapa.name())
                    .add("dias_apos_inicio", etapa.diasAposInicio()));
        }
        JsonObjectBuilder canais = Json.createObjectBuilder();
        totais.porCanal().forEach((canal, n) -> canais.add(canal.name(), n));
        return Json.createObjectBuilder()
                .add("etapas", etapas)
                .add("janela", "08:00–18:00, segunda a sexta, no fuso do lead, exceto feriados nacionais")
                .add("jitter_minutos", 5)
                .add("leads", comCanal)
                .add("leads_sem_canal", totais.semCanal())
                .add("canais", canais)
                .build();
    }
}
