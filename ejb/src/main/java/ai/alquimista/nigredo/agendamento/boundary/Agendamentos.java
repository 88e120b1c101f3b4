package ai.alquimista.nigredo.agendamento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Expediente;
import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.agendamento.control.AgendaDoTenant;
import ai.alquimista.nigredo.agendamento.control.AgendaQuery;
import ai.alquimista.nigredo.agendamento.control.Calendario;
import ai.alquimista.nigredo.agendamento.control.CalendarioIndisponivel;
import ai.alquimista.nigredo.agendamento.control.Calendarios;
import ai.alquimista.nigredo.agendamento.control.HorarioOcupado;
import ai.alquimista.nigredo.agendamento.entity.Agendamento;
import ai.alquimista.nigredo.agendamento.entity.AgendamentoStatus;
import ai.alquimista.nigredo.leads.entity.Lead;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.paging.Page;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The tenant's meetings for the Agenda and the sales team's marks on them: held (realizado), cancelled (the calendar
 * event removed), moved to a free slot (remarcado), and the lead converted after a meeting held. Every read of a
 * briefing and every mark is audited; another tenant's meeting does not exist here.
 */
@Stateless
public class Agendamentos {

    /** What the Agenda lists by default: the meetings, not the proposals that never became one. */
    public record Filtro(
            Optional<AgendamentoStatus> status, Optional<Instant> de, Optional<Instant> ate, Optional<UUID> leadId) {}

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Calendarios calendarios;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Page<AgendamentoResumo> page(Caller caller, Filtro filtro, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM Agendamento a WHERE a.tenantId = :tenant");
        filtro.status().ifPresent(s -> where.append(" AND a.status = :status"));
        filtro.de().ifPresent(s -> where.append(" AND a.dataHora >= :de"));
        filtro.ate().ifPresent(s -> where.append(" AND a.dataHora < :ate"));
        filtro.leadId().ifPresent(s -> where.append(" AND a.leadId = :lead"));
        TypedQuery<Agendamento> itens =
                em.createQuery("SELECT a" + where + " ORDER BY a.dataHora, a.id", Agendamento.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        for (TypedQuery<?> query : List.of(itens, total)) {
            query.setParameter("tenant", caller.tenantId().toString());
            filtro.status().ifPresent(s -> query.setParameter("status", s));
            filtro.de().ifPresent(s -> query.setParameter("de", s));
            filtro.ate().ifPresent(s -> query.setParameter("ate", s));
            filtro.leadId().ifPresent(s -> query.setParameter("lead", s.toString()));
        }
        List<Agendamento> agendamentos =
                itens.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<UUID, Lead> leads = leads(agendamentos);
        audit.record(caller, "agendamento.list", "agendamentos", null);
        return new Page<>(
                agendamentos.stream()
                        .map(a -> resumo(a, leads.get(a.getLeadId())))
                        .toList(),
                page,
                size,
                total.getSingleResult());
    }

    public AgendamentoDetalhe detalhe(Caller caller, UUID id) {
        Agendamento agendamento = doTenant(caller, id, false);
        audit.record(caller, "agendamento.read", "agendamento", id.toString());
        return detalhe(agendamento);
    }

    /** The meeting took place. */
    public AgendamentoDetalhe realizado(Caller caller, UUID id) {
        Agendamento agendamento = doTenant(caller, id, true);
        agendamento.realizar(clock.instant());
        auditar(caller, "agendamento.realizado", agendamento);
        return detalhe(agendamento);
    }

    /** The meeting is called off: its calendar event is removed with it. */
    public AgendamentoDetalhe cancelado(Caller caller, UUID id) {
        Agendamento agendamento = doTenant(caller, id, true);
        agendamento.cancelar(clock.instant());
        calendario(caller).cancelar(agendamento.getId());
        auditar(caller, "agendamento.cancelado", agendamento);
        return detalhe(agendamento);
    }

    /**
     * The meeting moves to {@code inicio}, same length, in a slot that is free: the old event is removed and a new one
     * booked, or nothing changes. The new calendar event, like the saga's, invites the sales team only: it carries the
     * internal briefing (the lead's invite is the confirmation's).
     *
     * @throws Conflict when the new slot is taken, or the meeting cannot be moved in its state
     * @throws InvalidInput (field {@code data_hora}) when the new time is past, not on a business day, or not within
     *     office hours (08:00–18:00 in the tenant's time zone)
     */
    public AgendamentoDetalhe remarcado(Caller caller, UUID id, Instant inicio) {
        Agendamento agendamento = doTenant(caller, id, true);
        Instant agora = clock.instant();
        if (!Agendamento.MARCADOS.contains(agendamento.getStatus())) {
            throw new Conflict("cannot reschedule agendamento " + id + ": it is " + agendamento.getStatus());
        }
        AgendaDoTenant agenda = agenda(caller);
        Horario novo = Horario.de(inicio, Duration.ofMinutes(agendamento.getDuracao()));
        exigirExpediente(agenda, novo, agora);
        Calendario calendario = calendarios.doTenant(agenda.tenantId(), agenda.settings());
        calendario.cancelar(agendamento.getId());
        if (calendario.ocupados(novo).stream().anyMatch(novo::sobrepoe)) {
            throw new Conflict("the slot " + inicio + " is not free in the calendar");
        }
        String eventId;
        try {
            eventId = calendario.criar(new EventoDeAgenda(
                    agendamento.getId(),
                    novo,
                    "Reunião - "
                            + Optional.ofNullable(em.find(Lead.class, agendamento.getLeadId()))
                                    .map(Lead::getEmpresa)
                                    .orElse(""),
                    agendamento.getBriefing(),
                    agenda.configuracao().emailComercial().stream().toList()));
        } catch (HorarioOcupado e) {
            throw new Conflict("the slot " + inicio + " was booked meanwhile");
        } catch (CalendarioIndisponivel e) {
            throw new IllegalStateException("the calendar did not answer: " + e.getMessage(), e);
        }
        agendamento.remarcar(novo, eventId, agora);
        auditar(caller, "agendamento.remarcado", agendamento);
        return detalhe(agendamento);
    }

    /** A meeting moves only to a time still to come, on a business day, within the tenant's office hours. */
    private static void exigirExpediente(AgendaDoTenant agenda, Horario novo, Instant agora) {
        Expediente expediente = Expediente.comercial(agenda.zona(), novo.duracao());
        String problema = null;
        if (!novo.inicio().isAfter(agora)) {
            problema = "must be a time still to come";
        } else if (!expediente.diaUtil(novo.inicio().atZone(agenda.zona()).toLocalDate())) {
            problema = "must be on a business day (Monday to Friday, not a national holiday)";
        } else if (!expediente.dentroDoHorario(novo)) {
            problema = "must start at " + Expediente.ABERTURA + " or later and end by " + Expediente.FECHAMENTO + " ("
                    + agenda.zona() + "); the meeting lasts " + novo.duracao().toMinutes() + " minutes";
        }
        if (problema != null) {
            throw new InvalidInput(List.of(new Violation("data_hora", problema)));
        }
    }

    /** The lead closed the deal at a meeting that took place: agendamento and lead are marked convertido. */
    public AgendamentoDetalhe convertido(Caller caller, UUID id) {
        Agendamento agendamento = doTenant(caller, id, true);
        agendamento.converter(clock.instant());
        Lead lead = em.find(Lead.class, agendamento.getLeadId());
        if (lead != null) {
            lead.changeStatus(LeadStatus.convertido);
        }
        auditar(caller, "agendamento.convertido", agendamento);
        return detalhe(agendamento);
    }

    private Agendamento doTenant(Caller caller, UUID id, boolean travar) {
        Agendamento agendamento = travar
                ? em.find(Agendamento.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Agendamento.class, id);
        if (agendamento == null || !caller.tenantId().equals(agendamento.getTenantId())) {
            throw new NotFound("no agendamento " + id);
        }
        return agendamento;
    }

    private Calendario calendario(Caller caller) {
        AgendaDoTenant agenda = agenda(caller);
        return calendarios.doTenant(agenda.tenantId(), agenda.settings());
    }

    private AgendaDoTenant agenda(Caller caller) {
        try (Connection db = dataSource.getConnection()) {
            return AgendaQuery.agenda(db, caller.tenantId());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tenant's calendar settings: " + e.getMessage(), e);
        }
    }

    private void auditar(Caller caller, String acao, Agendamento agendamento) {
        audit.record(
                caller,
                acao,
                "agendamento",
                agendamento.getId().toString(),
                Json.createObjectBuilder()
                        .add("lead_id", agendamento.getLeadId().toString())
                        .add("data_hora", agendamento.getDataHora().toString())
                        .build());
    }

    private Map<UUID, Lead> leads(List<Agendamento> agendamentos) {
        List<UUID> ids =
                agendamentos.stream().map(Agendamento::getLeadId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT l FROM Lead l WHERE l.id IN :ids", Lead.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Lead::getId, Function.identity()));
    }

    private static AgendamentoResumo resumo(Agendamento a, Lead lead) {
        return new AgendamentoResumo(
                a.getId(),
                a.getLeadId(),
                lead == null ? null : lead.getEmpresa(),
                lead == null ? null : lead.getContato(),
                a.getDataHora(),
                a.getDuracao(),
                a.getStatus().name(),
                a.isConvertido(),
                a.getCanal(),
                a.getEncerramento(),
                a.getCreatedAt());
    }

    private AgendamentoDetalhe detalhe(Agendamento a) {
        Lead lead = em.find(Lead.class, a.getLeadId());
        return new AgendamentoDetalhe(
                a.getId(),
                lead == null
                        ? null
                        : new AgendamentoDetalhe.LeadDoAgendamento(
                                lead.getId(),
                                lead.getEmpresa(),
                                lead.getContato(),
                                lead.getEmail(),
                                lead.getTelefone(),
                                lead.getStatus().name()),
                a.getDataHora(),
                a.getDuracao(),
                a.getStatus().name(),
                a.isConvertido(),
                a.getCanal(),
                opcoes(a.opcoes()),
                opcoes(a.jaPropostos()),
                a.getTentativas(),
                a.getEncerramento(),
                a.getCalendarEventId(),
                a.getBriefing(),
                a.getCreatedAt(),
                a.getUpdatedAt());
    }

    private static List<AgendamentoDetalhe.Opcao> opcoes(List<Horario> horarios) {
        return horarios.stream()
                .map(h -> new AgendamentoDetalhe.Opcao(h.inicio(), h.fim()))
                .toList();
    }
}
