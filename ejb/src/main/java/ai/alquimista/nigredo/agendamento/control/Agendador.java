package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.agendamento.Briefing;
import ai.alquimista.nigredo.agendamento.ConviteIcs;
import ai.alquimista.nigredo.agendamento.Disponibilidade;
import ai.alquimista.nigredo.agendamento.Escolha;
import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.agendamento.LeitorDeEscolha;
import ai.alquimista.nigredo.agendamento.TextosDoAgendamento;
import ai.alquimista.nigredo.agendamento.entity.Agendamento;
import ai.alquimista.nigredo.agendamento.entity.AgendamentoStatus;
import ai.alquimista.nigredo.agendamento.events.RespostaAProposta;
import ai.alquimista.nigredo.agendamento.events.ReuniaoConfirmada;
import ai.alquimista.nigredo.agendamento.events.ReuniaoSolicitada;
import ai.alquimista.nigredo.atendimento.boundary.FilaDeRevisao;
import ai.alquimista.nigredo.canais.Anexo;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.disparo.EnvioDeConversa;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.leads.entity.Lead;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Agendamento's saga (seed 001 §5.6, seed 004), one step per message, inside the consumer's transaction: a request
 * is answered with three free slots; the lead's answer books one — re-checked just before, created in the calendar,
 * then confirmed to the lead (an e-mail carries the iCalendar invite), the briefing written, the lead agendado and
 * {@code nigredo.agendamento.confirmed} published. A failed step undoes the earlier ones: the calendar failing leaves
 * no meeting and a person confirming; a confirmation that cannot be scheduled cancels the calendar event. Every message
 * to the lead is keyed by the lead's message it answers, so a redelivery never sends twice.
 */
@Dependent
public class Agendador {

    private static final Logger LOG = Logger.getLogger(Agendador.class.getName());

    /** After this many answers in a row that fit no slot, a person takes over. */
    public static final int TENTATIVAS = 3;

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Calendarios calendarios;

    @Inject
    EnviosDaConversa envios;

    @Inject
    FilaDeRevisao fila;

    @Inject
    EventIntake events;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The invite's organiser when the sales team set no address of its own. */
    @Inject
    @ConfigProperty(name = "agendamento.organizador", defaultValue = "agenda@alquimista.ai")
    String organizador;

    /** Step 1: three free slots to a lead who asked for a meeting (none when a proposal is already open). */
    public void propor(UUID tenantId, ReuniaoSolicitada pedido) {
        try (Connection db = dataSource.getConnection()) {
            Optional<LeadDaAgenda> lead = AgendaQuery.lead(db, tenantId, pedido.leadId());
            if (lead.isEmpty()) {
                LOG.info(() -> "lead " + pedido.leadId() + " of tenant " + tenantId + " no longer exists");
                return;
            }
            if (pedido.interacaoId() != null
                    && envios.programado(tenantId, TipoDeEnvio.agendamento, pedido.interacaoId())) {
                LOG.info(() -> "the request " + pedido.interacaoId() + " was already answered");
                return;
            }
            if (aberta(tenantId, pedido.leadId(), false).isPresent()) {
                LOG.info(() -> "lead " + pedido.leadId() + " already has an open proposal; not proposing twice");
                return;
            }
            UUID interacao = pedido.interacaoId() != null
                    ? pedido.interacaoId()
                    : AgendaQuery.ultimaRecebida(db, tenantId, pedido.leadId())
                            .orElseThrow(() -> new IllegalStateException(
                                    "lead " + pedido.leadId() + " asked for a meeting without any message"));
            CanalDeEnvio canal = CanalDeEnvio.valueOf(AgendaQuery.canal(db, tenantId, interacao)
                    .orElseThrow(() -> new IllegalStateException("no interação " + interacao)));
            AgendaDoTenant agenda = AgendaQuery.agenda(db, tenantId);
            Conversa conversa = new Conversa(agenda, lead.get(), interacao, canal);
            List<Horario> opcoes;
            try {
                opcoes = livres(agenda, List.of());
            } catch (CalendarioIndisponivel e) {
                LOG.log(Level.WARNING, "the calendar of tenant " + tenantId + " failed; a person proposes", e);
                conversa.paraPessoa(
                        conversa.textos().pessoaAssume(),
                        "o calendário não respondeu ao buscar horários (" + e.getMessage() + "): combine a reunião");
                return;
            }
            if (opcoes.isEmpty()) {
                conversa.paraPessoa(
                        conversa.textos().semHorarios(),
                        "nenhum horário livre nos próximos " + Disponibilidade.DIAS_UTEIS + " dias úteis: combine a"
                                + " reunião");
                return;
            }
            Agendamento agendamento =
                    Agendamento.proposta(tenantId, pedido.leadId(), interacao, canal.name(), opcoes, agora());
            em.persist(agendamento);
            em.flush();
            conversa.enviar(conversa.textos().proposta(opcoes), List.of());
            audit.recordSystem(
                    tenantId,
                    "agendamento.proposto",
                    "agendamento",
                    agendamento.getId().toString(),
                    Json.createObjectBuilder()
                            .add("lead_id", pedido.leadId().toString())
                            .add("opcoes", inicios(opcoes))
                            .build());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot propose a meeting: " + e.getMessage(), e);
        }
    }

    /** Step 2: the lead's answer to the open proposal. */
    public void responder(UUID tenantId, RespostaAProposta resposta) {
        try (Connection db = dataSource.getConnection()) {
            Optional<LeadDaAgenda> lead = AgendaQuery.lead(db, tenantId, resposta.leadId());
            if (lead.isEmpty()) {
                LOG.info(() -> "lead " + resposta.leadId() + " of tenant " + tenantId + " no longer exists");
                return;
            }
            if (envios.programado(tenantId, TipoDeEnvio.agendamento, resposta.interacaoId())) {
                LOG.info(() -> "the answer " + resposta.interacaoId() + " was already handled");
                return;
            }
            AgendaDoTenant agenda = AgendaQuery.agenda(db, tenantId);
            Conversa conversa =
                    new Conversa(agenda, lead.get(), resposta.interacaoId(), CanalDeEnvio.valueOf(resposta.canal()));
            Optional<Agendamento> aberta = aberta(tenantId, resposta.leadId(), true);
            if (aberta.isEmpty()) {
                fila.aguardarPessoa(
                        tenantId,
                        resposta.leadId(),
                        resposta.interacaoId(),
                        conversa.canal(),
                        "o lead respondeu a uma proposta de horários já encerrada: responda");
                return;
            }
            Agendamento agendamento = aberta.get();
            Escolha escolha = LeitorDeEscolha.ler(resposta.mensagem(), agendamento.opcoes(), agenda.zona());
            if (escolha instanceof Escolha.Opcao opcao) {
                reservar(db, conversa, agendamento, opcao.horario());
            } else if (escolha instanceof Escolha.Nenhuma) {
                outrasOpcoes(conversa, agendamento, null);
            } else if (agendamento.respostaNaoEntendida(agora()) >= TENTATIVAS) {
                encerrar(
                        conversa,
                        agendamento,
                        conversa.textos().pessoaAssume(),
                        TENTATIVAS + " respostas sem um dos horários propostos: combine a reunião");
            } else {
                conversa.enviar(conversa.textos().perguntarDeNovo(agendamento.opcoes()), List.of());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the answer to the proposal: " + e.getMessage(), e);
        }
    }

    /** Three new slots, none offered before: none wanted, or the one chosen was taken ({@code tomado}). */
    private void outrasOpcoes(Conversa conversa, Agendamento agendamento, Horario tomado) {
        List<Horario> novas;
        try {
            novas = livres(conversa.agenda(), agendamento.jaPropostos());
        } catch (CalendarioIndisponivel e) {
            LOG.log(Level.WARNING, "the calendar failed while looking for new slots; a person proposes", e);
            encerrar(
                    conversa,
                    agendamento,
                    conversa.textos().pessoaAssume(),
                    "o calendário não respondeu ao buscar novos horários (" + e.getMessage() + "): combine a reunião");
            return;
        }
        if (novas.isEmpty()) {
            encerrar(
                    conversa,
                    agendamento,
                    conversa.textos().semHorarios(),
                    "nenhum outro horário livre nos próximos dias úteis: combine a reunião");
            return;
        }
        agendamento.novasOpcoes(novas, agora());
        conversa.enviar(
                tomado == null
                        ? conversa.textos().outrasOpcoes(novas)
                        : conversa.textos().horarioTomado(tomado, novas),
                List.of());
    }

    /** Step 3, the booking saga: re-check, create the event, confirm; each failure undoes what came before. */
    private void reservar(Connection db, Conversa conversa, Agendamento agendamento, Horario horario)
            throws SQLException {
        AgendaDoTenant agenda = conversa.agenda();
        Calendario calendario = calendarios.doTenant(agenda.tenantId(), agenda.settings());
        String briefing = briefing(db, conversa, horario);
        String eventId;
        try {
            if (calendario.ocupados(horario).stream().anyMatch(horario::sobrepoe)) {
                outrasOpcoes(conversa, agendamento, horario);
                return;
            }
            eventId = calendario.criar(new EventoDeAgenda(
                    agendamento.getId(),
                    horario,
                    "Reunião - " + conversa.lead().empresa(),
                    briefing,
                    participantes(conversa)));
        } catch (HorarioOcupado e) {
            LOG.info(() -> "slot " + horario + " was booked meanwhile; proposing others: " + e.getMessage());
            outrasOpcoes(conversa, agendamento, horario);
            return;
        } catch (CalendarioIndisponivel e) {
            LOG.log(Level.WARNING, "the calendar failed booking agendamento " + agendamento.getId(), e);
            encerrar(
                    conversa,
                    agendamento,
                    conversa.textos().pessoaConfirma(horario),
                    "o calendário não respondeu ao reservar "
                            + conversa.textos().quando(horario) + " (" + e.getMessage()
                            + "): confirme a reunião com o lead");
            return;
        }
        try {
            confirmar(conversa, agendamento, horario, eventId, briefing);
        } catch (ConfirmacaoImpossivel e) {
            LOG.log(Level.WARNING, "agendamento " + agendamento.getId() + " cannot be confirmed; event cancelled", e);
            calendario.cancelar(agendamento.getId());
            agendamento.encerrarProposta(
                    "a confirmação não pôde ser programada (" + e.getMessage() + "); o evento foi cancelado", agora());
            fila.aguardarPessoa(
                    agenda.tenantId(),
                    conversa.lead().id(),
                    conversa.interacao(),
                    conversa.canal(),
                    "a confirmação de " + conversa.textos().quando(horario) + " não pôde ser enviada: confirme a"
                            + " reunião com o lead");
            auditar(agenda, agendamento, "agendamento.compensado", e.getMessage());
        } catch (RuntimeException e) {
            try {
                calendario.cancelar(agendamento.getId());
            } catch (RuntimeException cancelamento) {
                e.addSuppressed(cancelamento);
            }
            throw e;
        }
    }

    private void confirmar(
            Conversa conversa, Agendamento agendamento, Horario horario, String eventId, String briefing) {
        boolean email = conversa.canal() == CanalDeEnvio.email;
        List<Anexo> anexos = email ? List.of(convite(conversa, agendamento, horario)) : List.of();
        try {
            conversa.enviar(conversa.textos().confirmacao(horario, email), anexos);
        } catch (RuntimeException e) {
            throw new ConfirmacaoImpossivel(e);
        }
        agendamento.confirmar(horario, eventId, briefing, agora());
        Lead lead = em.find(Lead.class, conversa.lead().id());
        if (lead != null && conversa.agenda().tenantId().equals(lead.getTenantId())) {
            lead.changeStatus(LeadStatus.agendado);
        }
        events.publish(
                new ReuniaoConfirmada(agendamento.getId(), conversa.lead().id(), horario.inicio()),
                conversa.agenda().tenantId());
        auditar(
                conversa.agenda(),
                agendamento,
                "agendamento.confirmado",
                horario.inicio().toString());
    }

    /** The invite the lead's calendar reads: a neutral description, never the sales team's briefing. */
    private Anexo convite(Conversa conversa, Agendamento agendamento, Horario horario) {
        String organizadorDaReuniao =
                conversa.agenda().configuracao().emailComercial().orElse(organizador);
        return new ConviteIcs(
                        agendamento.getId() + "@alquimista.ai",
                        agora(),
                        horario,
                        "Reunião - " + conversa.agenda().nome(),
                        "Reunião de " + horario.duracao().toMinutes() + " minutos com "
                                + conversa.agenda().nome() + ".",
                        organizadorDaReuniao,
                        conversa.agenda().nome(),
                        convidados(conversa),
                        0)
                .anexo();
    }

    /**
     * The sales team only: the event carries the internal briefing (sentiment, objections), and a provider like Google
     * mails its description to every attendee. The lead is invited by the confirmation's own neutral invite.
     */
    private static List<String> participantes(Conversa conversa) {
        return conversa.agenda().configuracao().emailComercial().stream().toList();
    }

    /** The confirmation's invite names the lead and the sales team; its description is neutral. */
    private static List<String> convidados(Conversa conversa) {
        List<String> convidados = new ArrayList<>();
        Optional.ofNullable(conversa.lead().email())
                .filter(e -> !e.isBlank())
                .map(String::toLowerCase)
                .ifPresent(convidados::add);
        participantes(conversa).stream().filter(e -> !convidados.contains(e)).forEach(convidados::add);
        return convidados;
    }

    private String briefing(Connection db, Conversa conversa, Horario horario) throws SQLException {
        LeadDaAgenda lead = conversa.lead();
        return new Briefing(
                        lead.dadosDaEmpresa(),
                        lead.contato(),
                        lead.telefone(),
                        lead.email(),
                        horario,
                        AgendaQuery.historico(db, lead.tenantId(), lead.id()),
                        conversa.agenda().zona())
                .texto();
    }

    /** The proposal ends without a meeting: the lead is told, a person takes the conversation over. */
    private void encerrar(Conversa conversa, Agendamento agendamento, String texto, String motivo) {
        agendamento.encerrarProposta(motivo, agora());
        conversa.paraPessoa(texto, motivo);
        auditar(conversa.agenda(), agendamento, "agendamento.encerrado", motivo);
    }

    private List<Horario> livres(AgendaDoTenant agenda, List<Horario> jaPropostos) {
        Disponibilidade disponibilidade = agenda.disponibilidade();
        Instant agora = agora();
        Horario periodo = disponibilidade.periodo(agora, Disponibilidade.DIAS_UTEIS);
        List<Horario> ocupados =
                calendarios.doTenant(agenda.tenantId(), agenda.settings()).ocupados(periodo);
        return disponibilidade.propostas(
                disponibilidade.livres(agora, Disponibilidade.DIAS_UTEIS, ocupados),
                Disponibilidade.OPCOES,
                jaPropostos);
    }

    private Optional<Agendamento> aberta(UUID tenantId, UUID leadId, boolean travar) {
        var query = em.createQuery(
                        "SELECT a FROM Agendamento a WHERE a.tenantId = :tenant AND a.leadId = :lead"
                                + " AND a.status = :status",
                        Agendamento.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("lead", leadId.toString())
                .setParameter("status", AgendamentoStatus.proposto);
        if (travar) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList().stream().findFirst();
    }

    private void auditar(AgendaDoTenant agenda, Agendamento agendamento, String acao, String detalhe) {
        audit.recordSystem(
                agenda.tenantId(),
                acao,
                "agendamento",
                agendamento.getId().toString(),
                Json.createObjectBuilder()
                        .add("lead_id", agendamento.getLeadId().toString())
                        .add("detalhe", detalhe)
                        .build());
    }

    private static JsonArrayBuilder inicios(List<Horario> horarios) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        horarios.forEach(h -> array.add(h.inicio().toString()));
        return array;
    }

    private Instant agora() {
        return clock.instant();
    }

    /** The confirmation could not be scheduled: the saga cancels the event it created. */
    static final class ConfirmacaoImpossivel extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConfirmacaoImpossivel(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** One conversation the saga speaks in: the lead's message it answers, on the channel it came. */
    private final class Conversa {
        private final AgendaDoTenant agenda;
        private final LeadDaAgenda lead;
        private final UUID interacao;
        private final CanalDeEnvio canal;

        Conversa(AgendaDoTenant agenda, LeadDaAgenda lead, UUID interacao, CanalDeEnvio canal) {
            this.agenda = agenda;
            this.lead = lead;
            this.interacao = interacao;
            this.canal = canal;
        }

        AgendaDoTenant agenda() {
            return agenda;
        }

        LeadDaAgenda lead() {
            return lead;
        }

        UUID interacao() {
            return interacao;
        }

        CanalDeEnvio canal() {
            return canal;
        }

        TextosDoAgendamento textos() {
            return agenda.textos(lead.contato());
        }

        /** One message per lead's message: its interação is the send's idempotency key. */
        void enviar(String texto, List<Anexo> anexos) {
            envios.programar(new EnvioDeConversa(
                    agenda.tenantId(),
                    lead.id(),
                    interacao,
                    TipoDeEnvio.agendamento,
                    canal,
                    canal == CanalDeEnvio.email ? textos().assunto(agenda.nome()) : null,
                    texto,
                    Duration.ZERO,
                    anexos));
        }

        void paraPessoa(String texto, String motivo) {
            enviar(texto, List.of());
            fila.aguardarPessoa(agenda.tenantId(), lead.id(), interacao, canal, motivo);
        }
    }
}
