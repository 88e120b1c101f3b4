package ai.alquimista.nigredo.estrategia.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.disparo.boundary.RitmoDoDisparo;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.ValidacaoDeRoteiro;
import ai.alquimista.nigredo.estrategia.control.AuditoriaDeCampanhas;
import ai.alquimista.nigredo.estrategia.control.CampanhasQuery;
import ai.alquimista.nigredo.estrategia.control.CampanhasQuery.Agregados;
import ai.alquimista.nigredo.estrategia.control.CampanhasRepository;
import ai.alquimista.nigredo.estrategia.control.EnviosDaCampanhaQuery;
import ai.alquimista.nigredo.estrategia.control.PreviaDeMensagens;
import ai.alquimista.nigredo.estrategia.entity.Campanha;
import ai.alquimista.nigredo.estrategia.events.CampanhaAprovada;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's campaigns: list, read, preview, edit the messages of a draft, move them through
 * rascunho → aprovada (a person approves) → ativa (Disparo scheduled them) ⇄ pausada, and let an approved or active
 * one enrol its segment's later leads on its own; the campaign itself says which move its status allows (409
 * otherwise). Always within the caller's tenant: another tenant's campaign
 * does not exist (404).
 */
@Stateless
public class Campanhas {

    @Inject
    CampanhasRepository repository;

    @Inject
    CampanhasQuery query;

    @Inject
    EnviosDaCampanhaQuery envios;

    @Inject
    PreviaDeMensagens previas;

    @Inject
    AuditoriaDeCampanhas auditoria;

    @Inject
    EventIntake events;

    @Inject
    ActivationGate activations;

    @Inject
    RitmoDoDisparo ritmo;

    @Inject
    Clock clock;

    public PaginaDeCampanhas page(Caller caller, int page, int size) {
        List<Campanha> campanhas = repository.pagina(caller.tenantId(), page, size);
        Map<UUID, Agregados> agregados = query.agregados(
                caller.tenantId(), campanhas.stream().map(Campanha::getId).toList());
        List<CampanhaResumo> items =
                campanhas.stream().map(campanha -> resumo(campanha, agregados)).toList();
        return new PaginaDeCampanhas(items, page, size, repository.total(caller.tenantId()));
    }

    public CampanhaDetalhe describe(Caller caller, UUID id) {
        return detalhe(repository.daTenant(caller.tenantId(), id));
    }

    /** The messages of the first {@code limit} leads, rendered as each lead would receive them. */
    public PreviaDaCampanha preview(Caller caller, UUID id, int limit) {
        PreviaDaCampanha previa = previas.previa(repository.daTenant(caller.tenantId(), id), limit);
        auditoria.previa(caller, id);
        return previa;
    }

    /** The campaign's sends, latest first, optionally of one status; who they go to is personal data (audited). */
    public PaginaDeEnvios envios(Caller caller, UUID id, String status, int page, int size) {
        if (status != null && !EnviosPorStatus.STATUS.contains(status)) {
            throw new InvalidInput(
                    List.of(new Violation("status", "must be one of " + String.join(", ", EnviosPorStatus.STATUS))));
        }
        repository.daTenant(caller.tenantId(), id);
        PaginaDeEnvios pagina = envios.pagina(caller.tenantId(), id, status, page, size);
        auditoria.envios(caller, id);
        return pagina;
    }

    /** A draft's messages, replaced as a whole; each template must pass the template sandbox. */
    public CampanhaDetalhe replaceMessages(Caller caller, UUID id, JsonObject mensagens) {
        Roteiro roteiro = ValidacaoDeRoteiro.validar(mensagens);
        Campanha campanha = repository.paraMudar(caller.tenantId(), id);
        campanha.substituirMensagens(roteiro.toJson(), clock.instant());
        auditoria.mensagens(caller, id);
        return detalhe(campanha);
    }

    /** rascunho → aprovada; Disparo then schedules the messages and makes it ativa. */
    public CampanhaDetalhe approve(Caller caller, UUID id) {
        Campanha campanha = repository.paraMudar(caller.tenantId(), id);
        if (!activations.allows(caller.tenantId(), Queue.DISPARO)) {
            throw new Conflict("activate the Disparo agent in the marketplace before approving a campaign: nothing"
                    + " would send it");
        }
        campanha.aprovar(caller.email(), clock.instant());
        events.publish(new CampanhaAprovada(id), caller.tenantId());
        auditoria.aprovacao(caller, id);
        return detalhe(campanha);
    }

    /** aprovada or ativa → pausada: nothing more is sent until it is resumed. */
    public CampanhaDetalhe pause(Caller caller, UUID id) {
        Campanha campanha = repository.paraMudar(caller.tenantId(), id);
        campanha.pausar(clock.instant());
        auditoria.pausa(caller, id);
        return detalhe(campanha);
    }

    /** Back to ativa once Disparo scheduled its sends (it also does for a paused campaign), else to aprovada. */
    public CampanhaDetalhe resume(Caller caller, UUID id) {
        Campanha campanha = repository.paraMudar(caller.tenantId(), id);
        campanha.retomar(query.temEnvios(id), clock.instant());
        ritmo.retomar(caller.tenantId());
        auditoria.retomada(caller, id);
        return detalhe(campanha);
    }

    /**
     * Whether an approved or active campaign enrols its segment's later leads on its own (they are then scheduled as
     * its own were) instead of gathering in a new draft. 409 for a campaign in another status, or when another
     * campaign of the segment already does.
     */
    public CampanhaDetalhe automaticEnrolment(Caller caller, UUID id, boolean ligada) {
        Campanha campanha = repository.paraMudar(caller.tenantId(), id);
        campanha.definirInscricaoAutomatica(ligada, clock.instant());
        if (ligada) {
            repository.outraQueInscreve(campanha).ifPresent(outra -> {
                throw new Conflict("the campaign " + outra.getId() + " already enrols this segment's later leads:"
                        + " turn it off there first");
            });
        }
        auditoria.inscricaoAutomatica(caller, id, ligada);
        return detalhe(campanha);
    }

    private CampanhaDetalhe detalhe(Campanha campanha) {
        Map<UUID, Agregados> agregados = query.agregados(campanha.getTenantId(), List.of(campanha.getId()));
        return CampanhaDetalhe.of(
                resumo(campanha, agregados), campanha.getMensagens(), query.variantes(campanha.getId()));
    }

    private static CampanhaResumo resumo(Campanha campanha, Map<UUID, Agregados> agregados) {
        Agregados dela = agregados.getOrDefault(campanha.getId(), Agregados.NENHUM);
        return CampanhaResumo.of(campanha, dela);
    }
}
