package ai.alquimista.nigredo.agendamento.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static ai.alquimista.testing.SimulatedClock.brasilia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.agendamento.control.Agendador;
import ai.alquimista.nigredo.agendamento.control.CalendariosConfigurados;
import ai.alquimista.nigredo.agendamento.control.GoogleCalendarApi;
import ai.alquimista.nigredo.agendamento.control.ReservasDeHorario;
import ai.alquimista.nigredo.agendamento.entity.AgendamentoStatus;
import ai.alquimista.nigredo.agendamento.events.RespostaAProposta;
import ai.alquimista.nigredo.agendamento.events.ReuniaoSolicitada;
import ai.alquimista.nigredo.atendimento.boundary.FilaDeRevisao;
import ai.alquimista.nigredo.atendimento.boundary.Filas;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.paging.Page;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.PublishedEvents;
import ai.alquimista.testing.SimulatedClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sales team's marks on a meeting, on the embedded database and the real embedded calendar: a lead booked a
 * meeting through Agendamento's saga, and the team holds it, calls it off, moves it or closes the deal. The calendar's
 * bookings follow every mark, a move never lands on another meeting or outside office hours, and another tenant's
 * meetings do not exist here.
 */
class AgendamentosTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    /** A Friday morning in São Paulo: the slots offered lie on Monday 23/11 to Friday 27/11. */
    private final SimulatedClock clock = SimulatedClock.em("2026-11-20T10:00");

    private final CalendariosConfigurados calendarios = Beans.wire(
            new CalendariosConfigurados(),
            Beans.wire(new ReservasDeHorario(), db.dataSource()),
            new GoogleCalendarApi());
    private final AuditTrail audit = Beans.wire(new AuditTrail(), db.entityManager());
    private final Agendamentos agendamentos =
            Beans.wire(new Agendamentos(), db.entityManager(), db.dataSource(), calendarios, audit, clock);

    private final Cenario alquimia = comAgenda(Cenario.daEmpresa(db, "Alquimia Vendas Ltda"));
    private final Caller gil = alquimia.gestor("gil@alquimia.com.br");
    private final UUID maria = alquimia.lead(empresa("Padaria Pão Quente")
            .contato("MARIA SILVA")
            .telefone("+5511987654321")
            .email("maria@paoquente.com.br"));

    private static Cenario comAgenda(Cenario cenario) {
        cenario.comAgentes("nigredo-disparo", "nigredo-atendimento", "nigredo-agendamento");
        db.execute(
                "UPDATE alquimista_platform.agent_activations SET settings ="
                        + " '{\"email_comercial\": \"vendas@alquimia.com.br\"}'::jsonb"
                        + " WHERE tenant_id = ? AND agent_id = 'nigredo-agendamento'",
                cenario.tenant());
        return cenario;
    }

    // --- the situation: a meeting booked the real way, through the saga and the embedded calendar ---

    private Agendador agendador() {
        EnviosDaConversa envios = Beans.wire(
                new EnviosDaConversa(),
                db.dataSource(),
                Beans.wire(new RelogioDoDisparo(), clock, Optional.<String>empty()));
        FilaDeRevisao fila = Filas.deRevisao(db, envios, new ai.alquimista.testing.PublishedEvents(), audit, clock);
        return Beans.wire(
                new Agendador(),
                db.entityManager(),
                db.dataSource(),
                calendarios,
                envios,
                fila,
                new PublishedEvents(),
                audit,
                clock,
                "agenda@alquimista.ai");
    }

    private UUID recebida(Cenario cenario, UUID lead, String texto) {
        UUID interacao = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.interacoes (id, tenant_id, lead_id, tipo, canal, mensagem, sentimento,"
                        + " intensidade, created_at) VALUES (?, ?, ?, 'recebido', 'whatsapp', ?, 'positivo', 70, ?)",
                interacao,
                cenario.tenant(),
                lead,
                texto,
                Timestamp.from(clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        return interacao;
    }

    /** The lead asked for a meeting, was offered three slots and chose {@code escolha}: a meeting, confirmado. */
    private UUID reuniaoMarcada(Cenario cenario, UUID lead, String escolha) {
        UUID pedido = recebida(cenario, lead, "Tenho interesse, vamos agendar");
        db.inTransaction(() -> agendador().propor(cenario.tenant(), new ReuniaoSolicitada(lead, pedido)));
        UUID resposta = recebida(cenario, lead, escolha);
        db.inTransaction(() ->
                agendador().responder(cenario.tenant(), new RespostaAProposta(lead, resposta, "whatsapp", escolha)));
        UUID id = UUID.fromString(db.text(
                "SELECT id FROM nigredo_leads.agendamentos WHERE lead_id = ? AND tenant_id = ?",
                lead,
                cenario.tenant()));
        assertThat(status(id)).isEqualTo("confirmado");
        return id;
    }

    // --- what the team sees ---

    private String status(UUID agendamento) {
        return db.text("SELECT status FROM nigredo_leads.agendamentos WHERE id = ?", agendamento);
    }

    private Instant dataHora(UUID agendamento) {
        return ((Timestamp) db.value("SELECT data_hora FROM nigredo_leads.agendamentos WHERE id = ?", agendamento))
                .toInstant();
    }

    /** The calendar's booking of the meeting, empty when it holds none. */
    private Optional<Horario> reserva(UUID agendamento) {
        Object inicio = db.value(
                "SELECT lower(periodo) FROM nigredo_leads.calendario_eventos WHERE agendamento_id = ?", agendamento);
        if (inicio == null) {
            return Optional.empty();
        }
        Object fim = db.value(
                "SELECT upper(periodo) FROM nigredo_leads.calendario_eventos WHERE agendamento_id = ?", agendamento);
        return Optional.of(new Horario(((Timestamp) inicio).toInstant(), ((Timestamp) fim).toInstant()));
    }

    /** Whether any booking of the tenant overlaps the span. */
    private boolean ocupado(Cenario cenario, Horario horario) {
        return db.count(
                        "SELECT count(*) FROM nigredo_leads.calendario_eventos WHERE tenant_id = ?"
                                + " AND periodo && tstzrange(?, ?, '[)')",
                        cenario.tenant(),
                        Timestamp.from(horario.inicio()),
                        Timestamp.from(horario.fim()))
                > 0;
    }

    private long auditado(String acao, UUID agendamento) {
        return db.count(
                "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ? AND action = ?"
                        + " AND target_type = 'agendamento' AND target_id = ?",
                alquimia.tenant(),
                acao,
                agendamento.toString());
    }

    private <T> T comoGil(java.util.function.Supplier<T> acao) {
        return db.inTransaction(acao);
    }

    private static Horario uma(Instant inicio) {
        return Horario.de(inicio, Duration.ofHours(1));
    }

    // --- remarcado ---

    @Test
    void aMeetingMovedToAFreeTimeIsBookedThereAndItsOldTimeIsFreeAgain() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");
        Instant antes = dataHora(reuniao);
        assertThat(reserva(reuniao)).contains(uma(antes));
        Instant terca15h = brasilia("2026-11-24T15:00");

        AgendamentoDetalhe movida = comoGil(() -> agendamentos.remarcado(gil, reuniao, terca15h));

        assertThat(movida.status()).isEqualTo("remarcado");
        assertThat(movida.dataHora()).isEqualTo(terca15h);
        assertThat(status(reuniao)).isEqualTo("remarcado");
        assertThat(dataHora(reuniao)).isEqualTo(terca15h);
        assertThat(reserva(reuniao)).contains(uma(terca15h));
        assertThat(ocupado(alquimia, uma(antes)))
                .as("the old time is free again")
                .isFalse();
        assertThat(movida.calendarEventId())
                .isEqualTo(db.text(
                        "SELECT provider_event_id FROM nigredo_leads.calendario_eventos WHERE agendamento_id = ?",
                        reuniao));
        // the calendar event carries the internal briefing: it invites the sales team only, never the lead
        assertThat(db.text(
                        "SELECT participantes::text FROM nigredo_leads.calendario_eventos WHERE agendamento_id = ?",
                        reuniao))
                .isEqualTo("[\"vendas@alquimia.com.br\"]");
        assertThat(db.text("SELECT titulo FROM nigredo_leads.calendario_eventos WHERE agendamento_id = ?", reuniao))
                .isEqualTo("Reunião - Padaria Pão Quente");
        assertThat(auditado("agendamento.remarcado", reuniao)).isEqualTo(1);
        assertThat(db.text(
                        "SELECT details->>'data_hora' FROM alquimista_platform.audit_logs WHERE action ="
                                + " 'agendamento.remarcado' AND target_id = ?",
                        reuniao.toString()))
                .isEqualTo(terca15h.toString());
    }

    @Test
    void aMeetingMovedHalfAnHourLaterOverlapsOnlyItsOwnOldTimeAndMoves() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");
        Instant meiaHoraDepois = dataHora(reuniao).plus(Duration.ofMinutes(30));

        comoGil(() -> agendamentos.remarcado(gil, reuniao, meiaHoraDepois));

        assertThat(reserva(reuniao)).contains(uma(meiaHoraDepois));
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.calendario_eventos WHERE tenant_id = ?", alquimia.tenant()))
                .isEqualTo(1);
    }

    @Test
    void aMeetingMovedOntoAnotherMeetingsTimeIsRefusedAndNothingChanges() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");
        UUID joao = alquimia.lead(empresa("Mercado Bom").contato("João").telefone("+5511911112222"));
        UUID outra = reuniaoMarcada(alquimia, joao, "1");
        Instant antes = dataHora(reuniao);
        Instant daOutra = dataHora(outra);

        for (Instant sobre :
                List.of(daOutra, daOutra.minus(Duration.ofMinutes(30)), daOutra.plus(Duration.ofMinutes(30)))) {
            assertThatThrownBy(() -> comoGil(() -> agendamentos.remarcado(gil, reuniao, sobre)))
                    .as("moved to %s", sobre)
                    .isInstanceOf(Conflict.class)
                    .hasMessageContaining("not free");
        }

        assertThat(status(reuniao)).isEqualTo("confirmado");
        assertThat(dataHora(reuniao)).isEqualTo(antes);
        assertThat(reserva(reuniao)).as("its own booking stays").contains(uma(antes));
        assertThat(reserva(outra)).contains(uma(daOutra));
        assertThat(status(outra)).isEqualTo("confirmado");
        assertThat(auditado("agendamento.remarcado", reuniao)).isZero();
    }

    @Test
    void aMeetingIsNeverMovedToAWeekendAHolidayOutsideOfficeHoursOrThePast() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");
        Instant antes = dataHora(reuniao);

        for (String quando : List.of(
                "2026-11-28T10:00", // Saturday
                "2026-11-29T10:00", // Sunday
                "2026-12-25T10:00", // Natal, a Friday
                "2026-11-24T07:00", // before 08:00
                "2026-11-24T17:30", // ends at 18:30
                "2026-11-24T18:00", // after hours
                "2026-11-24T23:30", // runs into the next day
                "2026-11-19T14:00")) { // yesterday, a Thursday
            assertThatThrownBy(() -> comoGil(() -> agendamentos.remarcado(gil, reuniao, brasilia(quando))))
                    .as("moved to %s", quando)
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.field())
                                    .containsExactly("data_hora"));
        }

        assertThat(status(reuniao)).isEqualTo("confirmado");
        assertThat(reserva(reuniao)).contains(uma(antes));
        assertThat(auditado("agendamento.remarcado", reuniao)).isZero();
    }

    @Test
    void theFirstAndLastMeetingOfTheDayFitOfficeHours() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");

        comoGil(() -> agendamentos.remarcado(gil, reuniao, brasilia("2026-11-25T17:00")));
        assertThat(reserva(reuniao)).contains(uma(brasilia("2026-11-25T17:00")));

        comoGil(() -> agendamentos.remarcado(gil, reuniao, brasilia("2026-11-26T08:00")));
        assertThat(reserva(reuniao)).contains(uma(brasilia("2026-11-26T08:00")));
        assertThat(status(reuniao)).isEqualTo("remarcado");
        assertThat(auditado("agendamento.remarcado", reuniao)).isEqualTo(2);
    }

    @Test
    void officeHoursAreTheTenantsOwn() {
        db.execute(
                "UPDATE alquimista_platform.tenants SET time_zone = 'America/Manaus' WHERE id = ?", alquimia.tenant());
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");
        Instant manaus17h = LocalDateTime.parse("2026-11-25T17:00")
                .atZone(ZoneId.of("America/Manaus"))
                .toInstant();

        assertThatThrownBy(() -> comoGil(() -> agendamentos.remarcado(gil, reuniao, brasilia("2026-11-25T08:30"))))
                .as("07:30 in Manaus")
                .isInstanceOf(InvalidInput.class);
        comoGil(() -> agendamentos.remarcado(gil, reuniao, manaus17h));

        assertThat(reserva(reuniao)).as("18:00 in Brasília").contains(uma(brasilia("2026-11-25T18:00")));
    }

    // --- cancelado ---

    @Test
    void aCancelledMeetingFreesItsTimeForAnother() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");
        Instant horario = dataHora(reuniao);
        UUID joao = alquimia.lead(empresa("Mercado Bom").contato("João").telefone("+5511911112222"));
        UUID outra = reuniaoMarcada(alquimia, joao, "1");

        AgendamentoDetalhe cancelada = comoGil(() -> agendamentos.cancelado(gil, reuniao));

        assertThat(cancelada.status()).isEqualTo("cancelado");
        assertThat(status(reuniao)).isEqualTo("cancelado");
        assertThat(reserva(reuniao)).isEmpty();
        assertThat(ocupado(alquimia, uma(horario))).isFalse();
        assertThat(auditado("agendamento.cancelado", reuniao)).isEqualTo(1);

        comoGil(() -> agendamentos.remarcado(gil, outra, horario));

        assertThat(reserva(outra)).contains(uma(horario));
        assertThatThrownBy(() -> comoGil(() -> agendamentos.cancelado(gil, reuniao)))
                .as("cancelled once")
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> comoGil(() -> agendamentos.remarcado(gil, reuniao, brasilia("2026-11-27T10:00"))))
                .as("a cancelled meeting is not moved")
                .isInstanceOf(Conflict.class);
        assertThat(reserva(reuniao)).isEmpty();
    }

    // --- realizado, convertido ---

    @Test
    void aMeetingIsHeldOnlyOnceItHasStarted() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");
        Instant inicio = dataHora(reuniao);
        clock.set(inicio.minus(Duration.ofMinutes(1)));

        assertThatThrownBy(() -> comoGil(() -> agendamentos.realizado(gil, reuniao)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("cannot be marked as held before");
        assertThat(status(reuniao)).isEqualTo("confirmado");
        assertThat(auditado("agendamento.realizado", reuniao)).isZero();

        clock.set(inicio.plus(Duration.ofMinutes(50)));
        AgendamentoDetalhe realizada = comoGil(() -> agendamentos.realizado(gil, reuniao));

        assertThat(realizada.status()).isEqualTo("realizado");
        assertThat(status(reuniao)).isEqualTo("realizado");
        assertThat(reserva(reuniao)).as("a meeting held stays in the calendar").contains(uma(inicio));
        assertThat(auditado("agendamento.realizado", reuniao)).isEqualTo(1);
        assertThatThrownBy(() -> comoGil(() -> agendamentos.cancelado(gil, reuniao)))
                .as("a meeting held is not cancelled")
                .isInstanceOf(Conflict.class);
    }

    @Test
    void theLeadIsConvertedOnlyAfterTheMeetingWasHeld() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");

        assertThatThrownBy(() -> comoGil(() -> agendamentos.convertido(gil, reuniao)))
                .isInstanceOf(Conflict.class);
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("agendado");

        clock.set(dataHora(reuniao).plus(Duration.ofHours(1)));
        comoGil(() -> agendamentos.realizado(gil, reuniao));
        AgendamentoDetalhe convertida = comoGil(() -> agendamentos.convertido(gil, reuniao));

        assertThat(convertida.convertido()).isTrue();
        assertThat(convertida.lead().status()).isEqualTo("convertido");
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("convertido");
        assertThat(db.value("SELECT convertido FROM nigredo_leads.agendamentos WHERE id = ?", reuniao))
                .isEqualTo(true);
        assertThat(auditado("agendamento.convertido", reuniao)).isEqualTo(1);
        assertThatThrownBy(() -> comoGil(() -> agendamentos.convertido(gil, reuniao)))
                .as("converted once")
                .isInstanceOf(Conflict.class);
        assertThat(auditado("agendamento.convertido", reuniao)).isEqualTo(1);
    }

    // --- another tenant ---

    @Test
    void anotherTenantsMeetingDoesNotExistForAnyMarkAndStaysAsItWas() {
        Cenario outra = comAgenda(Cenario.daEmpresa(db, "Outra Vendas"));
        UUID pedro = outra.lead(empresa("Mercado Bom").contato("Pedro").telefone("+5511933334444"));
        UUID dela = reuniaoMarcada(outra, pedro, "1");
        Instant horario = dataHora(dela);
        clock.set(horario.plus(Duration.ofHours(2)));

        List<Consumer<UUID>> marcas = List.of(
                id -> agendamentos.detalhe(gil, id),
                id -> agendamentos.realizado(gil, id),
                id -> agendamentos.cancelado(gil, id),
                id -> agendamentos.remarcado(gil, id, brasilia("2026-11-30T10:00")),
                id -> agendamentos.convertido(gil, id));
        for (Consumer<UUID> marca : marcas) {
            assertThatThrownBy(() -> db.inTransaction(() -> marca.accept(dela))).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> db.inTransaction(() -> marca.accept(UUID.randomUUID())))
                    .isInstanceOf(NotFound.class);
        }

        assertThat(status(dela)).isEqualTo("confirmado");
        assertThat(dataHora(dela)).isEqualTo(horario);
        assertThat(reserva(dela)).contains(uma(horario));
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", pedro))
                .isEqualTo("agendado");
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE user_id = ?", gil.userId()))
                .as("nothing done, nothing read")
                .isZero();
    }

    // --- the Agenda's list ---

    @Test
    void theAgendaListsTheTenantsMeetingsByStatusAndPeriodAndNeverAnotherTenants() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");
        UUID joao = alquimia.lead(empresa("Mercado Bom").contato("João").telefone("+5511911112222"));
        UUID doJoao = reuniaoMarcada(alquimia, joao, "2");
        comoGil(() -> agendamentos.remarcado(gil, doJoao, brasilia("2026-11-27T14:00")));
        Cenario outra = comAgenda(Cenario.daEmpresa(db, "Outra Vendas"));
        UUID pedro = outra.lead(empresa("Armazém do Pedro").contato("Pedro").telefone("+5511933334444"));
        UUID dela = reuniaoMarcada(outra, pedro, "1");
        Instant segunda = dataHora(reuniao);
        assertThat(dataHora(dela)).as("both tenants meet at the same hour").isEqualTo(segunda);

        Page<AgendamentoResumo> todas =
                listar(new Agendamentos.Filtro(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(todas.items())
                .extracting(AgendamentoResumo::id)
                .containsExactly(reuniao, doJoao)
                .doesNotContain(dela);
        assertThat(todas.total()).isEqualTo(2);
        assertThat(todas.items().get(0).empresa()).isEqualTo("Padaria Pão Quente");
        assertThat(todas.items().get(0).dataHora()).isEqualTo(segunda);
        assertThat(todas.items().get(1).status()).isEqualTo("remarcado");

        assertThat(listar(new Agendamentos.Filtro(
                                Optional.of(AgendamentoStatus.confirmado),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()))
                        .items())
                .extracting(AgendamentoResumo::id)
                .containsExactly(reuniao);
        assertThat(listar(new Agendamentos.Filtro(
                                Optional.of(AgendamentoStatus.remarcado),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()))
                        .items())
                .extracting(AgendamentoResumo::id)
                .containsExactly(doJoao);
        Page<AgendamentoResumo> sextaFeira = listar(new Agendamentos.Filtro(
                Optional.empty(),
                Optional.of(brasilia("2026-11-27T00:00")),
                Optional.of(brasilia("2026-11-28T00:00")),
                Optional.empty()));
        assertThat(sextaFeira.items()).extracting(AgendamentoResumo::id).containsExactly(doJoao);
        assertThat(sextaFeira.total()).isEqualTo(1);
        assertThat(listar(new Agendamentos.Filtro(
                                Optional.empty(),
                                Optional.of(segunda),
                                Optional.of(segunda.plus(Duration.ofHours(1))),
                                Optional.empty()))
                        .items())
                .as("from inclusive, until exclusive")
                .extracting(AgendamentoResumo::id)
                .containsExactly(reuniao);
        assertThat(listar(new Agendamentos.Filtro(
                                Optional.empty(), Optional.empty(), Optional.of(segunda), Optional.empty()))
                        .items())
                .isEmpty();
        assertThat(listar(new Agendamentos.Filtro(
                                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(joao)))
                        .items())
                .extracting(AgendamentoResumo::id)
                .containsExactly(doJoao);
        assertThat(listar(new Agendamentos.Filtro(
                                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(pedro)))
                        .items())
                .as("another tenant's lead")
                .isEmpty();
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'agendamento.list'",
                        alquimia.tenant()))
                .isEqualTo(8);
    }

    @Test
    void readingAMeetingShowsItsBriefingAndIsAudited() {
        UUID reuniao = reuniaoMarcada(alquimia, maria, "1");

        AgendamentoDetalhe detalhe = comoGil(() -> agendamentos.detalhe(gil, reuniao));

        assertThat(detalhe.lead().empresa()).isEqualTo("Padaria Pão Quente");
        assertThat(detalhe.briefing()).contains("Padaria Pão Quente").contains("Tenho interesse, vamos agendar");
        assertThat(auditado("agendamento.read", reuniao)).isEqualTo(1);
    }

    private Page<AgendamentoResumo> listar(Agendamentos.Filtro filtro) {
        return comoGil(() -> agendamentos.page(gil, filtro, 0, 50));
    }
}
